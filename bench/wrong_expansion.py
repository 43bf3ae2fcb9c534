"""Wrong-expansion detection (ABB101): does a defined long form match a known sense of its short form?

    .venv/bin/python bench/wrong_expansion.py [--errors]

Sets:

* gold -- the (short, long) pairs of MED1250 dev, all correct: ABB101 should stay quiet (< 2%);
* swapped -- each gold short form given the long form of another gold pair (wrong by construction);
* lay-wrong / lay-right -- consumer-health definitions written for this benchmark: real-looking
  wrong expansions (the kind a content farm writes) and correct variants (plurals, British
  spelling, word order, synonyms) that must pass.

Recall on ``swapped`` is given for all pairs and for those whose short form the inventory knows
(the rule only judges known short forms).  The lay sets are also run end to end through
``healthlint check`` as "LONG (SF)" sentences.  Reads ../shared/bench-data (not shipped).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import healthlint.lexicons.abbreviations as senses
from healthlint.api import check_text
from healthlint.config import Config
from healthlint.lexicons.abbreviations import inventory, judge

DATA = Path(__file__).resolve().parents[2] / "shared" / "bench-data" / "abbreviations-med1250-dev.txt"

LAY_WRONG = [
    ("RLS", "rapid onset muscle soreness"), ("RLS", "restless limb syndrome"), ("RLS", "reduced leg strength"),
    ("RA", "rheumatic arthritis"), ("RA", "reactive arthritis"), ("MS", "muscle spasms"),
    ("MS", "muscular sclerosis"), ("IBS", "inflammatory bowel syndrome"), ("IBD", "irritable bowel disease"),
    ("IBD", "inflammatory bowel syndrome"), ("CFS", "chronic fibromyalgia syndrome"),
    ("COPD", "chronic obstructive pain disorder"), ("CKD", "chronic kidney dysfunction syndrome"),
    ("CKD", "cardiac kidney disease"), ("ADHD", "attention deficit hyperactive depression"),
    ("GERD", "gastric enzyme reflux disorder"), ("PCOS", "polycystic ovarian sclerosis"),
    ("UTI", "upper tract inflammation"), ("UTI", "urinary tract irritation"), ("TIA", "temporary ischemic arrest"),
    ("DVT", "deep vascular trauma"), ("DVT", "deep vein tear"), ("SLE", "systemic lupus encephalitis"),
    ("OA", "osteoporosis arthritis"), ("AF", "arterial fibrosis"), ("COPD", "chronic obstructive pancreatic disease"),
    ("PTSD", "post-traumatic sleep disorder"), ("OCD", "obsessive compulsive depression"),
    ("ALS", "acute lateral sclerosis"), ("GAD", "general autoimmune disorder"),
    ("BPH", "benign prostate hypertension"), ("NAFLD", "non-alcoholic fatty liver damage"),
    ("PMS", "post-menstrual syndrome"), ("HRT", "heart rate therapy"), ("CBT", "cannabis-based therapy"),
    ("NSAID", "natural supplement anti-inflammatory drug"), ("PPI", "potassium pump inhibitor"),
    ("SSRI", "selective sodium reuptake inhibitor"), ("CoQ10", "collagen Q10"), ("NAC", "nitric acid compound"),
    ("DHA", "dehydroepiandrosterone"), ("CRP", "cardiac risk protein"), ("TSH", "testosterone stimulating hormone"),
    ("BMI", "body muscle index"), ("LDL", "low density lipid"), ("HDL", "healthy density lipoprotein"),
    ("HPV", "herpes papilloma virus"), ("STI", "sexually transmitted illness syndrome"),
    ("POTS", "postural orthostatic tension syndrome"), ("SIBO", "small intestine bowel obstruction"),
    ("PLMS", "periodic leg muscle spasms"), ("ME", "muscle exhaustion"), ("CFS", "chronic fatigue stress"),
    ("DOMS", "delayed onset muscle stiffness"), ("HbA1c", "hemoglobin antibody count"),
    ("MCI", "mild cardiac infarction"), ("TBI", "total body inflammation"), ("CVD", "chronic vascular disease"),
    ("GERD", "gastrointestinal esophageal reflux disease"), ("ALS", "amyotrophic lateral syndrome"),
    ("SAD", "seasonal anxiety disorder"), ("DVT", "deep vein thrombophlebitis"), ("BMI", "basal metabolic index"),
    ("LDL", "low-density lipids"), ("IBS", "irritable bowel disease"), ("TBI", "traumatic brain inflammation"),
    ("NAC", "N-acetyl carnitine"), ("GABA", "glutamic acid butyrate"), ("5-HTP", "5-hydroxytryptamine"),
    ("HRT", "hormone restoration therapy"), ("PMS", "premenstrual stress"), ("UTI", "urinary tract inflammation"),
    ("DHEA", "dehydroepiandrostenedione"), ("COPD", "chronic obstructive pneumonia disease"),
]
LAY_RIGHT = [
    ("RLS", "restless legs syndrome"), ("RLS", "Restless Leg Syndrome"), ("RLS", "Willis-Ekbom disease"),
    ("RA", "rheumatoid arthritis"), ("MS", "multiple sclerosis"), ("IBS", "irritable bowel syndrome"),
    ("IBD", "inflammatory bowel disease"), ("CFS", "chronic fatigue syndrome"),
    ("ME/CFS", "myalgic encephalomyelitis/chronic fatigue syndrome"), ("CFS/ME", "chronic fatigue syndrome"),
    ("COPD", "chronic obstructive pulmonary disease"), ("CKD", "chronic kidney disease"),
    ("CKD", "chronic renal disease"), ("ADHD", "attention-deficit/hyperactivity disorder"),
    ("ADHD", "attention deficit hyperactivity disorder"), ("GERD", "gastroesophageal reflux disease"),
    ("GORD", "gastro-oesophageal reflux disease"), ("PCOS", "polycystic ovarian syndrome"),
    ("PCOS", "polycystic ovary syndrome"), ("UTI", "urinary tract infection"), ("UTIs", "urinary tract infections"),
    ("TIA", "transient ischaemic attack"), ("DVT", "deep venous thrombosis"), ("DVT", "deep vein thrombosis"),
    ("SLE", "systemic lupus erythematosus"), ("OA", "osteoarthritis"), ("AF", "atrial fibrillation"),
    ("PTSD", "post-traumatic stress disorder"), ("OCD", "obsessive-compulsive disorder"),
    ("ALS", "amyotrophic lateral sclerosis"), ("BPH", "benign prostatic hyperplasia"),
    ("NAFLD", "nonalcoholic fatty liver disease"), ("PMS", "premenstrual syndrome"),
    ("HRT", "hormone replacement therapy"), ("CBT", "cognitive behavioural therapy"),
    ("NSAIDs", "non-steroidal anti-inflammatory drugs"), ("PPIs", "proton pump inhibitors"),
    ("SSRIs", "selective serotonin reuptake inhibitors"), ("CoQ10", "coenzyme Q10"), ("NAC", "N-acetylcysteine"),
    ("DHA", "docosahexaenoic acid"), ("CRP", "C-reactive protein"), ("TSH", "thyroid-stimulating hormone"),
    ("BMI", "body mass index"), ("LDL", "low-density lipoprotein"), ("HDL", "high density lipoproteins"),
    ("HPV", "human papillomavirus"), ("STI", "sexually transmitted infection"),
    ("POTS", "postural orthostatic tachycardia syndrome"), ("SIBO", "small intestinal bacterial overgrowth"),
    ("PLMS", "periodic limb movements of sleep"), ("ME", "myalgic encephalomyelitis"),
    ("DOMS", "delayed-onset muscle soreness"), ("HbA1c", "glycated haemoglobin"), ("MCI", "mild cognitive impairment"),
    ("TBI", "traumatic brain injury"), ("CVD", "cardiovascular disease"), ("MI", "heart attack"),
    ("OSA", "obstructive sleep apnoea"), ("T2D", "type 2 diabetes"), ("GI", "gastrointestinal"),
    # harder: other names, shortened names, derived words
    ("ADHD", "attention deficit/hyperactivity disorder"), ("COPD", "chronic obstructive airway disease"),
    ("IBD", "inflammatory bowel diseases"), ("GERD", "gastroesophageal reflux"), ("MI", "myocardial infarct"),
    ("HRT", "hormone therapy"), ("TIA", "mini-stroke"), ("BPH", "enlarged prostate"), ("CVD", "heart disease"),
    ("OA", "degenerative joint disease"), ("RA", "rheumatoid disease"), ("CFS", "chronic fatigue"),
    ("PMS", "premenstrual tension"), ("RLS", "restless legs"), ("EPA", "eicosapentaenoic"),
    ("NSAID", "non-steroidal anti-inflammatory"), ("CKD", "chronic kidney failure"), ("ECG", "electrocardiography"),
    ("AMD", "age related macular degeneration"), ("SSRI", "selective serotonin re-uptake inhibitor"),
    ("PCOS", "polycystic ovary disease"), ("COPD", "chronic obstructive pulmonary disorder"),
    ("HPV", "human papilloma virus"), ("SAMe", "S-adenosyl methionine"), ("CoQ10", "coenzyme Q-10"),
    ("GABA", "gamma-aminobutyric acid"), ("ALS", "Lou Gehrig's disease"), ("MND", "motor neuron disease"),
    ("UC", "ulcerative colitis"), ("CD", "Crohn disease"), ("5-HTP", "5-hydroxytryptophan"),
    ("DHEA", "dehydroepiandrosterone"), ("IBS-D", "diarrhoea-predominant irritable bowel syndrome"),
]


def load_gold(path: Path) -> list[tuple[str, str]]:
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("  ") and "|" in line:
            s, lf = line.strip().split("|", 1)
            pairs.append((s.strip(), lf.strip()))
    return pairs


def swapped(gold: list[tuple[str, str]], seed: int = 13) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    longs = [lf for _, lf in gold]
    out = []
    for s, lf in gold:
        for _ in range(20):
            other = rng.choice(longs)
            if other.lower() != lf.lower() and judge(s, other).best.lower() != other.lower():
                out.append((s, other))
                break
    return out


def rate(pairs: list[tuple[str, str]]) -> tuple[int, int, list[tuple[str, str, str]]]:
    fired = 0
    rows = []
    for s, lf in pairs:
        v = judge(s, lf)
        if v.status == "mismatch":
            fired += 1
        rows.append((s, lf, f"{v.status} {v.score:.2f} {'; '.join(v.expected[:3])}"))
    return fired, len(pairs), rows


def end_to_end(pairs: list[tuple[str, str]]) -> int:
    config = Config(select=("ABB101",))
    fired = 0
    for s, lf in pairs:
        text = f"Many adults live with {lf} ({s}) for years. Doctors see it often."
        report = check_text(text, source="case.txt", config=config)
        fired += any(f.code == "ABB101" for f in report.documents[0].findings)
    return fired


def sweep(gold: list[tuple[str, str]], wrong: list[tuple[str, str]], right: list[tuple[str, str]]) -> None:
    """How the match threshold (Dice over normalised words) trades precision for recall."""
    print()
    print("| match threshold | precision | recall (SF in inventory) | gold fire rate | lay-right fires |")
    print("|---|---|---|---|---|")
    known_wrong = [(s, lf) for s, lf in wrong if inventory().get(s) is not None]
    default = senses.MATCH
    try:
        for threshold in (0.5, 0.6, 0.7, 0.8, 0.9, 1.0):
            senses.MATCH = threshold
            tp = rate(known_wrong)[0]
            fp_gold = rate(gold)[0]
            fp_right = rate(right)[0]
            p = tp / (tp + fp_gold + fp_right) if tp + fp_gold + fp_right else 0.0
            mark = " (default)" if threshold == default else ""
            print(f"| {threshold:.1f}{mark} | {p:.3f} | {tp / len(known_wrong):.3f} | {fp_gold / len(gold):.3f} "
                  f"| {fp_right}/{len(right)} |")
    finally:
        senses.MATCH = default


def main() -> None:
    show = "--errors" in sys.argv
    gold = load_gold(DATA)
    inv = inventory()
    sw = swapped(gold)
    sw_known = [(s, lf) for s, lf in sw if inv.get(s) is not None]
    gold_known = [(s, lf) for s, lf in gold if inv.get(s) is not None]
    sets = {
        "gold (correct)": (gold, False), "gold, SF in inventory": (gold_known, False),
        "swapped (wrong)": (sw, True), "swapped, SF in inventory": (sw_known, True),
        "lay-wrong": (LAY_WRONG, True), "lay-right": (LAY_RIGHT, False),
    }
    print("| set | pairs | ABB101 fires | rate |")
    print("|---|---|---|---|")
    results = {}
    for name, (pairs, _wrong) in sets.items():
        fired, n, rows = rate(pairs)
        results[name] = (fired, n)
        print(f"| {name} | {n} | {fired} | {fired / n if n else 0:.3f} |")
        if show:
            for s, lf, verdict in rows:
                if (verdict.startswith("mismatch")) != _wrong:
                    print(f"    {name}: {s} = {lf!r} -> {verdict}")
    # precision/recall over everything judged: positives = swapped + lay-wrong, negatives = gold + lay-right
    tp = results["swapped (wrong)"][0] + results["lay-wrong"][0]
    fp = results["gold (correct)"][0] + results["lay-right"][0]
    pos = results["swapped (wrong)"][1] + results["lay-wrong"][1]
    tp_k = results["swapped, SF in inventory"][0] + results["lay-wrong"][0]
    pos_k = results["swapped, SF in inventory"][1] + results["lay-wrong"][1]
    print()
    print("| scope | precision | recall |")
    print("|---|---|---|")
    print(f"| all pairs | {tp / (tp + fp):.3f} | {tp / pos:.3f} |")
    print(f"| short form in inventory | {tp_k / (tp_k + fp):.3f} | {tp_k / pos_k:.3f} |")
    print(f"| gold fire rate | {results['gold (correct)'][0] / results['gold (correct)'][1]:.3f} | |")
    sweep(gold, sw + LAY_WRONG, LAY_RIGHT)
    e2e_wrong = end_to_end(LAY_WRONG)
    e2e_right = end_to_end(LAY_RIGHT)
    print()
    print(f"end to end (healthlint check, 'LONG (SF)' sentences): lay-wrong {e2e_wrong}/{len(LAY_WRONG)} fire, "
          f"lay-right {e2e_right}/{len(LAY_RIGHT)} fire")


if __name__ == "__main__":
    main()
