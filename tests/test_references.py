"""The references layer: finding the list, splitting entries, parsing each style."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from healthlint.annotate import annotate
from healthlint.annotate.references import find_references, parse_reference
from healthlint.ingest import read_text

GOLD = Path(__file__).resolve().parents[1] / "data" / "references" / "gold.jsonl"


def _norm(v: object) -> str | None:
    if v is None:
        return None
    s = re.sub(r"[^\w]+", " ", re.sub(r"…|\.\.\.", " ", str(v)).casefold()).strip()
    return s or None


@pytest.mark.parametrize(
    ("text", "title", "year", "venue"),
    [
        ("Tanaka H, Brooks E. Night-time light exposure and sleep in shift nurses. Chronobiol Int. "
         "2017;34(5):623-31.", "Night-time light exposure and sleep in shift nurses", 2017, "Chronobiol Int"),
        ("Brooks, E., Tanaka, H., & Ruiz, M. (2020). Caffeine timing and sleep onset: a crossover study. "
         "Sleep Health, 6(2), 190–197. https://doi.org/10.1016/j.sleh.2019.12.004",
         "Caffeine timing and sleep onset: a crossover study", 2020, "Sleep Health"),
        ("Ruiz, M. and Brooks, E. (2015) 'Shift work and appetite', Appetite, 92, pp. 1-8.",
         "Shift work and appetite", 2015, "Appetite"),
        ("Shift work and appetite in nurses by M Ruiz, E Brooks… – Appetite, 2015 – Elsevier",
         "Shift work and appetite in nurses", 2015, "Appetite"),
        ("Light therapy for seasonal depression: a review … by K Olsen – Journal of affective …, 2011 –",
         "Light therapy for seasonal depression: a review …", 2011, "Journal of affective …"),
        ("https://doi.org/10.1016/j.sleh.2019.12.004", None, None, None),
        ("PMID: 29123456", None, None, None),
        ("https://www.bmj.com/content/371/bmj.m3862", None, None, "BMJ"),
        # an organisation as author: the next part is the title, the site or the organisation the publisher
        ("WHO. Malaria fact sheet. who.int. Updated 2024.", "Malaria fact sheet", 2024, "who.int"),
        ("Pharmacy Advisory Board. National drug handbook: warfarin. Accessed March 2025.",
         "National drug handbook: warfarin", 2025, "Pharmacy Advisory Board"),
        ("The Children's Hospital of Leeds. Croup in toddlers. Reviewed 2022.", "Croup in toddlers", 2022,
         "The Children's Hospital of Leeds"),
    ],
)
def test_parse_styles(text: str, title: str | None, year: int | None, venue: str | None) -> None:
    p = parse_reference(text)
    assert _norm(p.title) == _norm(title)
    assert p.year == year
    assert _norm(p.venue) == _norm(venue)


def test_identifiers() -> None:
    p = parse_reference("Lee K. A title here. J Test. 2019;1:2. doi:10.1000/xyz123. PMID: 31234567. PMCID: PMC654321")
    assert p.identifiers["doi"] == "10.1000/xyz123"
    assert p.identifiers["pmid"] == "31234567"
    assert p.identifiers["pmcid"] == "PMC654321"
    assert parse_reference("https://pubmed.ncbi.nlm.nih.gov/28459931/").identifiers["pmid"] == "28459931"


def test_gold_set_floor() -> None:
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 150
    right = {"title": 0, "year": 0, "venue": 0}
    for row in rows:
        p = parse_reference(row["text"])
        right["title"] += _norm(p.title) == _norm(row["title"])
        right["year"] += p.year == row["year"]
        right["venue"] += _norm(p.venue) == _norm(row["venue"])
    for field, n in right.items():
        assert n / len(rows) >= 0.95, field


@pytest.mark.parametrize("heading", [
    "References", "## References", "Sources", "Sources & references used in this article:", "Bibliography",
    "Further reading", "Citations", "**References**", "Works cited", "### Research I mentioned in my stories",
    "Studies cited in this post",
])
def test_section_headings(heading: str) -> None:
    doc = read_text(f"Body text here.\n\n{heading}\n\nLee K. Sleep and light. Sleep. 2019;1:2-3.\n", "a.md", "markdown")
    refs = find_references(doc)
    assert len(refs) == 1 and refs[0].title == "Sleep and light"


def test_no_section_no_references() -> None:
    doc = read_text("Magnesium is a mineral. In 2019 many people took it.\n\nThe end.\n", "a.txt", "text")
    assert find_references(doc) == []


def test_entries_split_and_labels() -> None:
    text = ("Text.\n\nReferences\n\n"
            "1. Lee K, Park J. A first paper title\n   that wraps onto a second line. Sleep. 2019;1:2-3.\n"
            "2. Kim S. A second paper title. Gut. 2020;5:6-7.\n"
            "[3] Ortiz R. A third paper title. BMJ. 2021;372:n1.\n")
    refs = find_references(read_text(text, "a.txt", "text"))
    assert [r.label for r in refs] == ["1", "2", "3"]
    assert refs[0].title == "A first paper title that wraps onto a second line"
    assert [r.venue for r in refs] == ["Sleep", "Gut", "BMJ"]
    assert text[refs[1].start:refs[1].end].startswith("Kim S.")


def test_one_reference_per_line_without_markers() -> None:
    text = ("Text.\n\nSources\n\n"
            "Sleep and light in nurses by K Lee – Sleep, 2019 – Elsevier\n"
            "Caffeine and sleep onset by M Ruiz – Sleep health, 2020 – Elsevier\n")
    refs = find_references(read_text(text, "a.txt", "text"))
    assert [r.year for r in refs] == [2019, 2020]


def test_html_list_of_scholarly_links() -> None:
    html = ("<html><body><article><p>Magnesium is common in food and in many supplements sold today.</p>"
            "<ul><li><a href='https://pubmed.ncbi.nlm.nih.gov/28459931/'>Magnesium and sleep in older adults</a></li>"
            "<li><a href='https://doi.org/10.1136/bmj.m315'>Sodium reduction and blood pressure</a></li></ul>"
            "</article></body></html>")
    doc = read_text(html, "a.html", "html")
    refs = find_references(doc)
    assert len(refs) == 2
    assert refs[0].identifiers["pmid"] == "28459931"
    assert refs[1].identifiers["doi"] == "10.1136/bmj.m315"
    assert refs[0].title == "Magnesium and sleep in older adults"


def test_layer_via_annotate() -> None:
    doc = read_text("Text [1].\n\nReferences\n\n1. Lee K. Sleep and light. Sleep. 2019;1:2-3.\n", "a.txt", "text")
    annotate([doc], ["references"])
    assert "references" in doc.annotated and len(doc.references) == 1
    assert doc.references[0].extra["style"] == "vancouver"


# ---- optional online resolution, replayed from recorded answers --------------------------------

RECORDED = Path(__file__).parent / "data" / "resolve"


def _replay(calls: list[str]):  # type: ignore[no-untyped-def]
    def fetch(url: str, timeout: float) -> dict[str, object]:
        calls.append(url)
        if "eutils" in url:
            name = "pubmed_summary.json"
        elif "query.bibliographic" in url:
            name = "crossref_query.json"
        else:
            name = "crossref_doi.json"
        data: dict[str, object] = json.loads((RECORDED / name).read_text(encoding="utf-8"))
        return data

    return fetch


def test_resolve_doi_pmid_and_title_with_cache(tmp_path: Path) -> None:
    from healthlint.document import Reference
    from healthlint.resolve import Resolver

    calls: list[str] = []
    r = Resolver(fetch=_replay(calls), cache=tmp_path)
    by_doi = r.resolve(Reference(0, 1, "x", title="Association between predialysis hypermagnesaemia and …",
                                 identifiers={"doi": "10.1136/bmjopen-2018-027970"}))
    assert by_doi["found"] and by_doi["venue"] == "BMJ Open" and by_doi["year"] == 2019
    assert by_doi["title_match"] == 1.0
    by_pmid = r.resolve(Reference(0, 1, "x", identifiers={"pmid": "23803891"}))
    assert by_pmid["source"] == "pubmed" and by_pmid["doi"] == "10.1212/WNL.0b013e318297eee0"
    by_title = r.resolve(Reference(0, 1, "x", title="Why do restless legs occur at rest?—pathophysiology of "
                                                    "neuronal structures in RLS. Neurophysiology of RLS (part 2)"))
    assert by_title["found"] and by_title["year"] == 2004
    wrong = r.resolve(Reference(0, 1, "x", title="Zinc oxide nanoparticles and textile dye degradation"))
    assert wrong == {"found": False}
    n = len(calls)
    r.resolve(Reference(0, 1, "x", identifiers={"pmid": "23803891"}))
    assert len(calls) == n  # answered from the cache on disk


def test_resolve_offline_is_one_clear_line(tmp_path: Path) -> None:
    from healthlint.resolve import ResolveOffline, Resolver, resolve_references

    def down(url: str, timeout: float) -> dict[str, object]:
        raise ResolveOffline("cannot reach api.crossref.org to resolve references (offline?): no route")

    doc = read_text("Text.\n\nReferences\n\n1. Lee K. Sleep and light. Sleep. 2019;1:2-3. doi:10.1/x\n"
                    "2. Kim S. Gut and light. Gut. 2019;1:2-3. doi:10.1/y\n", "a.txt", "text")
    annotate([doc], ["references"])
    warnings = resolve_references([doc], Resolver(fetch=down, cache=tmp_path))
    assert warnings == ["cannot reach api.crossref.org to resolve references (offline?): no route"]
    assert all("resolved" not in ref.extra for ref in doc.references)


def test_http_get_json_unreachable_host_message() -> None:
    from healthlint.resolve import ResolveOffline, http_get_json

    with pytest.raises(ResolveOffline, match=r"cannot reach 127\.0\.0\.1"):
        http_get_json("http://127.0.0.1:9/none", 0.5)


def test_markdown_bullets_split_entries_and_page_dates_are_not_references() -> None:
    text = (
        "# Gout\n\nSome text.\n\n## Sources\n\n"
        "- National Institute for Health and Care Excellence. *Gout: diagnosis and management* (NG219). 2022.\n"
        "- Medicines and Healthcare products Regulatory Agency. Colchicine: patient information leaflet.\n"
        "- Hui M, Carr A. The British Society for Rheumatology guideline for the management of gout. "
        "Rheumatology. 2017;56:e1-e20.\n\n"
        "*Page last reviewed: 3 February 2026.*\n"
    )
    doc = read_text(text, "page.md")
    annotate([doc], ["references"])
    titles = [r.title for r in doc.references]
    assert len(titles) == 3, titles
    assert titles[1] == "Colchicine: patient information leaflet"
    assert doc.references[1].authors == ["Medicines and Healthcare products Regulatory Agency"]


UNHEADED = """Zinc lozenges are my first move when a cold starts.

*A few papers I keep coming back to:*

{items}

Thanks for reading! Forward this to a friend.
"""


@pytest.mark.parametrize(("fmt", "marker"), [("markdown", "1."), ("markdown", "-"), ("text", "1.")])
def test_a_list_of_citations_under_no_heading_is_a_reference_list(fmt: str, marker: str) -> None:
    """Two formal citations and a cut-off third, introduced by a line that is no reference
    heading: all three are the list's entries, and the prose around it is not."""
    items = "\n".join(
        f"{marker} {entry}"
        for entry in (
            "Hemilä H, Chalker E. Zinc for the common cold. Cochrane Database Syst Rev. 2013;(6):CD001364.",
            "Prasad, A. S. (2008). Zinc in human health: effect of zinc on immune cells. Mol Med, 14(5), 353-357.",
            "Eby G et al. Reduction in duration of common colds by ...",
        )
    )
    text = UNHEADED.format(items=items)
    refs = find_references(read_text(text, f"a.{'md' if fmt == 'markdown' else 'txt'}", fmt))
    assert [r.extra["section"] for r in refs] == ["citation list"] * 3
    assert [r.year for r in refs] == [2013, 2008, None]
    assert refs[2].text.startswith("Eby G et al.") and refs[2].extra["truncated"]
    assert "Zinc lozenges" not in " ".join(r.text for r in refs)


@pytest.mark.parametrize(
    "items",
    [
        # steps and dates are not citations
        "1. Take 2 capsules with breakfast (since 2019 I take three).\n2. Drink water, 2 litres a day.\n"
        "3. Walk after dinner.",
        # one formal citation among tips is not a reference list
        "1. Hemilä H, Chalker E. Zinc for the common cold. Cochrane Database Syst Rev. 2013;(6):CD001364.\n"
        "2. Rest as much as you can.\n3. Keep warm and drink fluids.",
        # a single citation on its own is a quotation of a source, not a list
        "1. Hemilä H, Chalker E. Zinc for the common cold. Cochrane Database Syst Rev. 2013;(6):CD001364.",
    ],
)
def test_lists_that_are_not_citations_are_not_references(items: str) -> None:
    assert find_references(read_text(UNHEADED.format(items=items), "a.md", "markdown")) == []
