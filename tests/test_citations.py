"""The citations layer: kinds of in-text citation and their links to the reference list."""

from __future__ import annotations

from healthlint.annotate import annotate
from healthlint.annotate.citations import surname
from healthlint.document import Citation
from healthlint.ingest import read_text

REFS = ("\n\nReferences\n\n"
        "1. Abbasi B, Kimiagar M. Magnesium and primary insomnia in elderly people. J Res Med Sci. 2012;17:1161-9.\n"
        "2. Li Y, Wang W. Restless legs syndrome and mortality among men. Neurology. 2013;81(1):52-9. "
        "doi:10.1212/WNL.0b013e318297eee0\n")


def _cits(text: str, fmt: str = "text") -> list[Citation]:
    doc = read_text(text, {"markdown": "a.md", "html": "a.html"}.get(fmt, "a.txt"), fmt)
    annotate([doc], ["citations"])
    return doc.citations


def test_numbered_markers_link_to_labels() -> None:
    cits = _cits("Magnesium may help some adults sleep [1]. Others disagree [1, 2]." + REFS)
    assert [(c.kind, c.text, c.extra["references"]) for c in cits] == [
        ("marker", "[1]", [0]), ("marker", "[1, 2]", [0, 1])]


def test_range_marker() -> None:
    cits = _cits("Several trials agree [1-2]." + REFS)
    assert cits[0].extra["labels"] == ["1", "2"] and cits[0].extra["references"] == [0, 1]


def test_superscripts_but_not_units() -> None:
    cits = _cits("Magnesium may help some adults sleep.¹ A BMI of 30 kg/m² counts as obese." + REFS)
    assert [(c.kind, c.text, c.reference) for c in cits] == [("marker", "¹", 0)]


def test_author_year() -> None:
    cits = _cits("One trial found an effect (Abbasi et al., 2012). Li and Wang (2013) saw more deaths." + REFS)
    kinds = [(c.kind, c.reference) for c in cits]
    assert kinds == [("author_year", 0), ("author_year", 1)]


def test_author_year_with_colleagues_and_journal() -> None:
    """"Abbasi and colleagues (J Res Med Sci, 2012)" and "(Li and colleagues, *Neurology*, 2013)" cite
    and link; a name with a publisher before the year does not ("a book of mine")."""
    text = ("Abbasi and colleagues (J Res Med Sci, 2012) gave magnesium. Deaths rose (Li and colleagues, "
            "*Neurology*, 2013). See Halvorsen (Halvorsen Wellness Press, 2025).")
    cits = _cits(text + REFS, "markdown")
    assert [(c.kind, c.reference) for c in cits] == [("author_year", 0), ("author_year", 1)]


def test_author_year_not_a_month() -> None:
    assert _cits("The trial ended (March 2019) early.") == []


def test_narrative_study_mentions() -> None:
    cits = _cits("According to a 2013 study in Neurology, restless legs are common. "
                 "The work was published this week in the journal Sleep Medicine." + REFS)
    assert [(c.kind, c.extra.get("venue"), c.reference) for c in cits] == [
        ("narrative", "Neurology", 1), ("narrative", "Sleep Medicine", None)]


def test_links_to_authoritative_sites() -> None:
    text = ("See [the NIH fact sheet](https://ods.od.nih.gov/factsheets/Magnesium/) and "
            "[a shop](https://example-shop.com/magnesium) and [the trial](https://doi.org/10.1212/WNL.0b013e318297eee0)."
            + REFS)
    cits = _cits(text, "markdown")
    assert [(c.kind, c.text, c.reference) for c in cits] == [
        ("link", "the NIH fact sheet", None), ("link", "the trial", 1)]


def test_reference_list_itself_is_not_cited_text() -> None:
    assert _cits("No citations in this text." + REFS) == []


def test_list_numbers_are_not_markers() -> None:
    assert _cits("Steps:\n\n[1] Wash hands.\n[2] Dry them.\n") == []


def test_surname() -> None:
    assert surname("Smith J") == "Smith"
    assert surname("Smith, J. A.") == "Smith"
    assert surname("JA Smith") == "Smith"
    assert surname("van der Berg AB") == "van der Berg"


def test_html_superscripts_become_bracket_markers() -> None:
    html = ("<html><body><article><h1>Magnesium and sleep</h1>"
            "<p>Magnesium may help some older adults fall asleep faster.<sup>1</sup> The effect was small in most "
            "trials<sup>2,3</sup>, but not in type 2 diabetes.</p><h2>References</h2><ol>"
            "<li>Abbasi B. Magnesium and insomnia in elderly people. J Res Med Sci. 2012;17:1161-9.</li>"
            "<li>Li Y. Restless legs syndrome and mortality among men. Neurology. 2013;81(1):52-9.</li>"
            "<li>Mah J. Oral magnesium for insomnia in older adults. BMC Complement Med Ther. 2021;21:125.</li>"
            "</ol></article></body></html>")
    cits = _cits(html, "html")
    assert [(c.text, c.extra["references"]) for c in cits] == [("[1]", [0]), ("[2,3]", [1, 2])]


def test_glued_digits_without_reference_list_are_not_markers() -> None:
    assert _cits("Take omega-3 and B12 daily; risk fell by 2020.") == []
