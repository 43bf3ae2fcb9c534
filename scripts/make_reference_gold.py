"""Compose the reference-parsing gold set (``data/references/gold.jsonl``).

Every string is written by the healthlint developers: 32 bibliographic records (titles, authors and
journals composed for this set, in the manner of health research papers) rendered in the styles a
health article uses -- Vancouver, AMA, APA, Harvard, Google Scholar listings (with the truncations
Scholar makes), bare DOIs, PMIDs and PubMed/doi.org/journal URLs -- plus hand-written entries of
other kinds (books, agency reports, web pages, Markdown links).  Each line holds the string and its
gold ``title``, ``year``, ``venue`` (null where the string does not give one).  Deterministic:
``python scripts/make_reference_gold.py`` rewrites the same file.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "data" / "references" / "gold.jsonl"

# title, authors (surname, initials), year, journal, journal abbreviation, volume, issue, pages, doi, pmid
RECORDS: list[tuple[str, list[tuple[str, str]], int, str, str, str, str, str, str, str]] = [
    ("Oral magnesium supplementation for leg cramps in pregnancy: a randomised controlled trial",
     [("Okafor", "CN"), ("Lindqvist", "E"), ("Brandt", "M")], 2018, "Journal of Obstetrics and Gynaecology",
     "J Obstet Gynaecol", "38", "4", "512-518", "10.1080/01443615.2018.1402170", "29419223"),
    ("Iron status and restless legs syndrome in blood donors",
     [("Hartmann", "KL"), ("Deng", "Y"), ("Ferreira", "AC"), ("Moss", "R")], 2016, "Sleep Medicine",
     "Sleep Med", "21", "", "64-70", "10.1016/j.sleep.2016.01.011", "27448474"),
    ("Vitamin D and the risk of type 2 diabetes: a systematic review and meta-analysis of cohort studies",
     [("Nakamura", "T"), ("Quinn", "PJ")], 2020, "Diabetes Care", "Diabetes Care", "43", "7", "1589-1598",
     "10.2337/dc19-2204", "32430457"),
    ("Effect of a Mediterranean diet on cognitive decline in older adults",
     [("Rossi", "G"), ("Martín", "L"), ("Abebe", "S"), ("Kowalski", "J"), ("Hughes", "DM")], 2021,
     "JAMA Internal Medicine", "JAMA Intern Med", "181", "2", "203-212", "10.1001/jamainternmed.2020.6611",
     "33252652"),
    ("Screen time and sleep duration in adolescents: a longitudinal analysis",
     [("Patel", "S"), ("O'Brien", "K")], 2019, "Pediatrics", "Pediatrics", "143", "5", "e20183227",
     "10.1542/peds.2018-3227", "31036760"),
    ("Does coffee consumption protect against liver fibrosis?",
     [("Varga", "Z"), ("Lund", "H"), ("Mensah", "K")], 2017, "Hepatology", "Hepatology", "65", "3", "842-851",
     "10.1002/hep.28941", "27874189"),
    ("Long-term outcomes of bariatric surgery in adolescents with severe obesity",
     [("Whitfield", "AR"), ("Sato", "H"), ("Jensen", "ML"), ("Banda", "C"), ("Greco", "F"), ("Ivanova", "N"),
      ("Duarte", "P")], 2019, "New England Journal of Medicine", "N Engl J Med", "380", "22", "2136-2145",
     "10.1056/NEJMoa1813909", "31116917"),
    ("Statins for the primary prevention of cardiovascular disease in people over 75",
     [("Fitzgerald", "D"), ("Amin", "R")], 2022, "BMJ", "BMJ", "376", "", "e067123", "10.1136/bmj-2021-067123",
     "35168932"),
    ("Probiotics for the prevention of antibiotic-associated diarrhoea in children",
     [("Goldberg", "JZ"), ("Yap", "TW"), ("Lytvyn", "L"), ("Johnston", "BC")], 2019,
     "Cochrane Database of Systematic Reviews", "Cochrane Database Syst Rev", "4", "4", "CD004827",
     "10.1002/14651858.CD004827.pub5", "31039287"),
    ("Physical activity and risk of depression: a dose-response meta-analysis",
     [("Pearce", "M"), ("Garcia", "L"), ("Abbas", "A")], 2022, "JAMA Psychiatry", "JAMA Psychiatry", "79", "6",
     "550-559", "10.1001/jamapsychiatry.2022.0609", "35416941"),
    ("Low-dose aspirin and the incidence of colorectal adenomas",
     [("Brennan", "CT"), ("Ahmadi", "F"), ("Roux", "E")], 2015, "Gastroenterology", "Gastroenterology", "148", "4",
     "760-769", "10.1053/j.gastro.2014.12.027", "25553934"),
    ("Magnesium intake and incidence of metabolic syndrome among young adults",
     [("He", "K"), ("Liu", "K"), ("Daviglus", "ML")], 2006, "Circulation", "Circulation", "113", "13",
     "1675-1682", "10.1161/CIRCULATIONAHA.105.588327", "16567569"),
    ("Prevalence of migraine in a population-based sample of school children",
     [("Lindgren", "A"), ("Mbeki", "T")], 2012, "Cephalalgia", "Cephalalgia", "32", "9", "694-701",
     "10.1177/0333102412447701", "22623760"),
    ("Air pollution exposure and asthma incidence in urban children (the ACHE study)",
     [("Moreno", "JP"), ("Cheng", "W"), ("Adeyemi", "O")], 2018, "European Respiratory Journal", "Eur Respir J",
     "52", "1", "1702045", "10.1183/13993003.02045-2017", "29903859"),
    ("Intermittent fasting vs daily calorie restriction for weight loss in adults with obesity",
     [("Trepanowski", "JF"), ("Kroeger", "CM"), ("Barnosky", "A")], 2017, "JAMA Internal Medicine",
     "JAMA Intern Med", "177", "7", "930-938", "10.1001/jamainternmed.2017.0936", "28459931"),
    ("Cognitive behavioural therapy for insomnia delivered online: a pragmatic trial",
     [("Freeman", "D"), ("Sheaves", "B"), ("Espie", "CA")], 2017, "The Lancet Psychiatry", "Lancet Psychiatry",
     "4", "10", "749-758", "10.1016/S2215-0366(17)30328-0", "28888927"),
    ("Sodium reduction and blood pressure in hypertensive and normotensive individuals",
     [("Huang", "L"), ("Trieu", "K"), ("Yoshimura", "S")], 2020, "BMJ", "BMJ", "368", "", "m315",
     "10.1136/bmj.m315", "32094151"),
    ("Breastfeeding duration and childhood leukaemia risk: a case-control study",
     [("Amitay", "EL"), ("Keinan-Boker", "L")], 2015, "JAMA Pediatrics", "JAMA Pediatr", "169", "6", "e151025",
     "10.1001/jamapediatrics.2015.1025", "26030516"),
    ("Gut microbiota composition in patients with rheumatoid arthritis",
     [("Scher", "JU"), ("Ubeda", "C"), ("Artacho", "A")], 2015, "Arthritis & Rheumatology", "Arthritis Rheumatol",
     "67", "1", "128-139", "10.1002/art.38892", "25319745"),
    ("Herpes zoster vaccination and the risk of stroke in older adults",
     [("Yang", "Q"), ("Chang", "A"), ("Tong", "X")], 2019, "Neurology", "Neurology", "92", "2", "e139-e146",
     "10.1212/WNL.0000000000006711", "30530800"),
    ("Serum ferritin thresholds for iron deficiency in pregnancy",
     [("Daru", "J"), ("Allotey", "J"), ("Peña-Rosas", "JP")], 2017, "Transfusion Medicine", "Transfus Med",
     "27", "3", "167-174", "10.1111/tme.12408", "28425182"),
    ("E-cigarettes versus nicotine replacement therapy for smoking cessation",
     [("Hajek", "P"), ("Phillips-Waller", "A"), ("Przulj", "D")], 2019, "New England Journal of Medicine",
     "N Engl J Med", "380", "7", "629-637", "10.1056/NEJMoa1808779", "30699054"),
    ("Ultra-processed food intake and all-cause mortality: a prospective cohort",
     [("Rico-Campà", "A"), ("Martínez-González", "MA")], 2019, "BMJ", "BMJ", "365", "", "l1949",
     "10.1136/bmj.l1949", "31142450"),
    ("Night shift work and breast cancer incidence: pooled analysis of population-based studies",
     [("Travis", "RC"), ("Balkwill", "A"), ("Fensom", "GK")], 2016, "Journal of the National Cancer Institute",
     "J Natl Cancer Inst", "108", "12", "djw169", "10.1093/jnci/djw169", "27758828"),
    ("Hearing loss and incident dementia in a community cohort",
     [("Lin", "FR"), ("Metter", "EJ"), ("O'Brien", "RJ")], 2011, "Archives of Neurology", "Arch Neurol", "68",
     "2", "214-220", "10.1001/archneurol.2010.362", "21320988"),
    ("Exercise training in heart failure with preserved ejection fraction",
     [("Kitzman", "DW"), ("Brubaker", "PH"), ("Morgan", "TM")], 2016, "Journal of the American Medical Association",
     "JAMA", "315", "1", "36-46", "10.1001/jama.2015.17346", "26746456"),
    ("Association of daily step count with mortality among US adults",
     [("Saint-Maurice", "PF"), ("Troiano", "RP"), ("Bassett", "DR")], 2020,
     "Journal of the American Medical Association", "JAMA", "323", "12", "1151-1160",
     "10.1001/jama.2020.1382", "32207799"),
    ("Turmeric extract for knee osteoarthritis: a randomized clinical trial",
     [("Wang", "Z"), ("Jones", "G"), ("Winzenberg", "T")], 2021, "Annals of Internal Medicine", "Ann Intern Med",
     "174", "6", "733-741", "10.7326/M20-5093", "33684294"),
    ("Melatonin for sleep onset in children with autism spectrum disorder",
     [("Gringras", "P"), ("Nir", "T"), ("Breddy", "J")], 2017, "Journal of the American Academy of Child and "
     "Adolescent Psychiatry", "J Am Acad Child Adolesc Psychiatry", "56", "11", "948-957",
     "10.1016/j.jaac.2017.09.414", "29096777"),
    ("Hypermagnesaemia in haemodialysis patients and its clinical correlates",
     [("Ishimura", "E"), ("Okuno", "S")], 2007, "Nephrology Dialysis Transplantation", "Nephrol Dial Transplant",
     "22", "6", "1595-1601", "10.1093/ndt/gfm018", "17339275"),
    ("Knowledge of sepsis symptoms among parents of young children",
     [("Adeleke", "O"), ("Svensson", "K")], 2023, "Archives of Disease in Childhood", "Arch Dis Child", "108", "2",
     "101-106", "10.1136/archdischild-2022-324523", "36220371"),
    ("Fluoride varnish and caries prevention in primary teeth: 10-year follow-up",
     [("Marinho", "VC"), ("Worthington", "HV")], 2013, "Community Dentistry and Oral Epidemiology",
     "Community Dent Oral Epidemiol", "41", "3", "196-205", "10.1111/cdoe.12016", "23106374"),
]

PUBLISHERS = {"BMJ": "bmj.com", "New England Journal of Medicine": "Mass Medical Soc", "Neurology": "AAN Enterprises",
              "Circulation": "Am Heart Assoc", "Diabetes Care": "Am Diabetes Assoc"}


def vancouver(r, rng):  # type: ignore[no-untyped-def]
    title, authors, year, _, abbr, vol, issue, pages, doi, pmid = r
    names = [f"{s} {i}" for s, i in authors]
    au = ", ".join(names[:6]) + (", et al" if len(names) > 6 else "")
    month = rng.choice(["", " Mar", " Jan 12", " Oct"])
    iss = f"({issue})" if issue else ""
    tail = rng.choice(["", f" doi: {doi}", f" PMID: {pmid}."])
    return f"{au}. {title}. {abbr}. {year}{month};{vol}{iss}:{pages}.{tail}", abbr


def ama(r, rng):  # type: ignore[no-untyped-def]
    title, authors, year, _, abbr, vol, issue, pages, doi, _pmid = r
    names = [f"{s} {i}" for s, i in authors]
    au = ", ".join(names[:3]) + (", et al" if len(names) > 6 else "") if len(names) > 6 else ", ".join(names)
    iss = f"({issue})" if issue else ""
    return f"{au}. {title}. {abbr}. {year};{vol}{iss}:{pages}. doi:{doi}", abbr


def _apa_name(s: str, i: str) -> str:
    return f"{s}, " + " ".join(f"{c}." for c in i)


def apa(r, rng):  # type: ignore[no-untyped-def]
    title, authors, year, journal, _, vol, issue, pages, doi, _ = r
    names = [_apa_name(s, i) for s, i in authors]
    au = names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", & " + names[-1]
    iss = f"({issue})" if issue else ""
    pages = pages.replace("-", "–")
    tail = rng.choice([f" https://doi.org/{doi}", f" doi:{doi}", ""])
    return f"{au} ({year}). {title}. {journal}, {vol}{iss}, {pages}.{tail}", journal


def harvard(r, rng):  # type: ignore[no-untyped-def]
    title, authors, year, journal, _, vol, issue, pages, doi, _ = r
    names = [f"{s}, " + ".".join(i) + "." for s, i in authors]
    au = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    if len(names) > 3:
        au = names[0] + " et al."
    iss = f"({issue})" if issue else ""
    q = rng.choice(["'", "‘"])
    qq = "'" if q == "'" else "’"
    tail = rng.choice(["", f" doi:{doi}.", f" Available at: https://doi.org/{doi} (Accessed: 3 May 2023)."])
    return f"{au} ({year}) {q}{title}{qq}, {journal}, {vol}{iss}, pp. {pages}.{tail}", journal


def scholar(r, rng):  # type: ignore[no-untyped-def]
    title, authors, year, journal, _, *_ = r
    names = [f"{i} {s}" for s, i in authors]
    cut_authors = len(names) > 3 or rng.random() < 0.3
    au = ", ".join(names[:4]) + ("…" if cut_authors else "")
    shown_title = title
    if len(title) > 85 and rng.random() < 0.7:
        shown_title = title[: title.rfind(" ", 0, 80)] + " …"
    venue = journal.lower().capitalize() if rng.random() < 0.3 else journal
    if len(venue) > 30 and rng.random() < 0.6:
        venue = venue[: venue.rfind(" ", 0, 28)] + " …"
    pub = rng.choice(["Elsevier", "Springer", "Wiley Online Library", "", "ncbi.nlm.nih.gov", "journals.lww.com",
                      PUBLISHERS.get(journal, "Taylor & Francis")])
    dash = rng.choice([" – ", " - "])
    return f"{shown_title} by {au}{dash}{venue}, {year}{dash}{pub}".rstrip(" -–"), venue


HAND: list[dict[str, object]] = [
    {"text": "doi:10.1056/NEJMoa2034577", "title": None, "year": None, "venue": None},
    {"text": "https://doi.org/10.1016/S0140-6736(20)30183-5", "title": None, "year": None, "venue": None},
    {"text": "PMID: 31578028", "title": None, "year": None, "venue": None},
    {"text": "https://pubmed.ncbi.nlm.nih.gov/28459931/", "title": None, "year": None, "venue": None},
    {"text": "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6024559/", "title": None, "year": None, "venue": None},
    {"text": "https://www.nejm.org/doi/full/10.1056/NEJMoa1808779", "title": None, "year": None,
     "venue": "New England Journal of Medicine"},
    {"text": "https://www.thelancet.com/journals/lancet/article/PIIS0140-6736(19)30041-8/fulltext", "title": None,
     "year": None, "venue": "The Lancet"},
    {"text": "https://www.bmj.com/content/368/bmj.m315", "title": None, "year": None, "venue": "BMJ"},
    {"text": "https://n.neurology.org/content/92/2/e139", "title": None, "year": None, "venue": "Neurology"},
    {"text": "https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD004827.pub5/full", "title": None,
     "year": None, "venue": "Cochrane Database of Systematic Reviews"},
    {"text": "DOI: 10.1001/jama.2020.1382", "title": None, "year": None, "venue": None},
    {"text": "World Health Organization. Guideline: sodium intake for adults and children. Geneva: World Health "
             "Organization; 2012.", "title": "Guideline: sodium intake for adults and children", "year": 2012,
     "venue": "World Health Organization"},
    {"text": "American Diabetes Association. Standards of medical care in diabetes—2022. Diabetes Care. "
             "2022;45(Suppl 1):S1-S264.", "title": "Standards of medical care in diabetes—2022", "year": 2022,
     "venue": "Diabetes Care"},
    {"text": "Kryger MH, Roth T, Goldstein CA. Principles and Practice of Sleep Medicine. 7th ed. Philadelphia, PA: "
             "Elsevier; 2022.", "title": "Principles and Practice of Sleep Medicine", "year": 2022,
     "venue": "Elsevier"},
    {"text": "Walker, M. (2017). Why we sleep: Unlocking the power of sleep and dreams. Scribner.",
     "title": "Why we sleep: Unlocking the power of sleep and dreams", "year": 2017, "venue": "Scribner"},
    {"text": "National Institute for Health and Care Excellence (2020) Chronic kidney disease: assessment and "
             "management. London: NICE.", "title": "Chronic kidney disease: assessment and management",
     "year": 2020, "venue": "NICE"},
    {"text": "Restless legs syndrome by DB Rye, LM Trotti – 2012 – books.google.com",
     "title": "Restless legs syndrome", "year": 2012, "venue": None},
    {"text": "Magnesium in man: implications for health and disease by J de Baaij, J Hoenderop, R Bindels – "
             "Physiological reviews, 2015 – journals.physiology.org",
     "title": "Magnesium in man: implications for health and disease", "year": 2015, "venue": "Physiological reviews"},
    {"text": "The epidemiology of restless legs syndrome by K Berger, T Kurth – Neurology, 2007 –",
     "title": "The epidemiology of restless legs syndrome", "year": 2007, "venue": "Neurology"},
    {"text": "Sleep disorders in pregnancy by S Kapoor… – The Journal of family …, 2018 – Elsevier",
     "title": "Sleep disorders in pregnancy", "year": 2018, "venue": "The Journal of family …"},
    {"text": "Zhang Y, Chen X. Vitamin C and common cold duration: an updated meta-analysis. Nutrients. "
             "2021;13(4):1204. doi:10.3390/nu13041204",
     "title": "Vitamin C and common cold duration: an updated meta-analysis", "year": 2021, "venue": "Nutrients"},
    {"text": "Ortiz R, Gupta N, Lam K. What drives vaccine hesitancy among health workers? Vaccine. 2020;38(52):"
             "8271-8277.", "title": "What drives vaccine hesitancy among health workers?", "year": 2020,
     "venue": "Vaccine"},
    {"text": "Smith, A. B., & Jones, C. (2018). Omega-3 fatty acids and mood in older adults. Nutritional "
             "Neuroscience, 21(9), 610–618.", "title": "Omega-3 fatty acids and mood in older adults", "year": 2018,
     "venue": "Nutritional Neuroscience"},
    {"text": "Cox, L. and Patel, R. (2014) Gluten-free diets in people without coeliac disease. Journal of Human "
             "Nutrition and Dietetics, 27(4), pp. 340-348.",
     "title": "Gluten-free diets in people without coeliac disease", "year": 2014,
     "venue": "Journal of Human Nutrition and Dietetics"},
    {"text": "Centers for Disease Control and Prevention. Adult obesity facts. Updated May 17, 2022. Accessed June "
             "1, 2023. https://www.cdc.gov/obesity/data/adult.html", "title": "Adult obesity facts", "year": 2022,
     "venue": None},
    {"text": "National Health Service. Restless legs syndrome. NHS website. 2021. "
             "https://www.nhs.uk/conditions/restless-legs-syndrome/", "title": "Restless legs syndrome", "year": 2021,
     "venue": "NHS website"},
    {"text": "Ekbom K, Ulfberg J. Restless legs syndrome. J Intern Med. 2009 Nov;266(5):419-31.",
     "title": "Restless legs syndrome", "year": 2009, "venue": "J Intern Med"},
    {"text": "Allen RP, Picchietti DL, Garcia-Borreguero D, et al. Restless legs syndrome/Willis-Ekbom disease "
             "diagnostic criteria: updated International Restless Legs Syndrome Study Group (IRLSSG) consensus "
             "criteria. Sleep Med. 2014;15(8):860-873.",
     "title": "Restless legs syndrome/Willis-Ekbom disease diagnostic criteria: updated International Restless "
              "Legs Syndrome Study Group (IRLSSG) consensus criteria", "year": 2014, "venue": "Sleep Med"},
    {"text": "Bhatt, D. L. et al. (2019). Cardiovascular risk reduction with icosapent ethyl for "
             "hypertriglyceridemia. New England Journal of Medicine, 380(1), 11–22.",
     "title": "Cardiovascular risk reduction with icosapent ethyl for hypertriglyceridemia", "year": 2019,
     "venue": "New England Journal of Medicine"},
    {"text": "Nguyen T, Fowler D. Screening for depression in primary care. Am Fam Physician. 2023;107(3):"
             "255-262. PMID: 36920817.", "title": "Screening for depression in primary care", "year": 2023,
     "venue": "Am Fam Physician"},
]


def main() -> None:
    rng = random.Random(5)
    rows: list[dict[str, object]] = []
    for r in RECORDS:
        for style in (vancouver, ama, apa, harvard, scholar):
            text, venue = style(r, rng)
            title = r[0]
            if style is scholar and "…" in text.split(" by ")[0]:
                title = text.split(" by ")[0]
            rows.append({"text": text, "style": style.__name__, "title": title, "year": r[2], "venue": venue})
    for h in HAND:
        rows.append({"style": "hand", **h})
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} references to {OUT}")


if __name__ == "__main__":
    main()
