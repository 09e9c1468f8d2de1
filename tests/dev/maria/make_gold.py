"""Build the gold YAML files of tests/dev/maria (Hurricane Maria's death toll in Puerto Rico, May-August 2018)
from the hand-written spec below.

Usage: python make_gold.py   (the quake/miners builder, tests/goldkit.py, with a new spec)

Every claim and not_claim is located by an anchor (a unique context string in the raw file text) so that
offsets are computed, never typed. Ids are assigned per kind in document order; groups refer to claims by a
local key.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(next(p for p in Path(__file__).resolve().parents if p.name == "tests")))
import goldkit  # noqa: E402  (tests/goldkit.py: what every set's make_gold.py shares)
from goldkit import D, Marks, N, Q, R, T, TS  # noqa: E402

HERE = Path(__file__).resolve().parent

MARKS = Marks(["“", "«", '"', "‘", "'"],
              ["”", "»", '"', "’", "'"],
              pairs={"“": "”", "«": "»", '"': '"'})

ROSSELLO = "Ricardo Rossello"

# subjects
S_OLD = "official death toll of Hurricane Maria in Puerto Rico before 28 August 2018 (64, held since December 2017)"
S_GWU = ("deaths from Hurricane Maria in Puerto Rico estimated by the George Washington University study "
         "(September 2017 - February 2018), made the official toll on 28 August 2018")
S_HAR = "excess deaths from Hurricane Maria estimated by the Harvard study (20 September - 31 December 2017)"
S_ADJ = "Harvard estimate after adjustments for survivor bias and household size"
S_X70 = "ratio of the Harvard estimate to the official toll"
S_DMG = "damage caused by Hurricane Maria"
S_NYT = "excess deaths estimated by The New York Times (December 2017)"
S_HH = "households surveyed by the Harvard study"
S_THIRD = "share of the deaths attributed to delayed or interrupted health care (Harvard study)"
S_P62 = "rise in the mortality rate, 20 Sept - 31 Dec 2017 against the same period of 2016 (Harvard study)"
S_90Y = "time since a storm as powerful as Maria struck Puerto Rico"
S_6M = "period covered by the George Washington University study"
S_POP = "population of Puerto Rico when Maria struck (September 2017)"
FRAC = "fraction"

DOCS = {}

DOCS["601_reuters_in"] = dict(
    language="en",
    items=[
        N("August 28, 2018", "August 28, 2018 / 9:37", reason="chrome", note="page timestamp"),
        N("9:37 PM", reason="time"),
        N("1", "1 Min Read", reason="chrome", note="reading time"),
        Q("2,975", "rises to 2,975", key="toll_h", value=2975, unit="people", qualifier=None, subject=S_GWU,
          note="headline"),
        Q("nearly 90", "in nearly 90 years", key="y90", value=90, unit="years", qualifier="about", subject=S_90Y),
        Q("2,975", "raised to 2,975", key="toll", value=2975, unit="people", qualifier=None, subject=S_GWU),
        Q("64", "up from 64", key="old", value=64, unit="people", qualifier=None, subject=S_OLD),
        R("Tuesday", "said on Tuesday", note="28 August 2018"),
        D("September 2017", "Maria in September 2017, are seen", key="cap_sep", date="2017-09",
          note="photo caption: graves destroyed during Maria in September 2017"),
        D("February 8, 2018", date="2018-02-08", note="photo caption: date of the photo"),
        D("September 2017", "struck in September 2017", key="sep", date="2017-09"),
        D("mid-February of this year", key="feb", date="--02",
          note="= mid-February 2018 (end of the GWU study period); a month with a relative year: month-level date, 'of this year' inside as a connector like 'October of 2009'"),
    ],
)

DOCS["602_reuters_com"] = dict(
    language="en",
    items=[
        Q("nearly 90", "in nearly 90 years", key="y90", value=90, unit="years", qualifier="about", subject=S_90Y),
        Q("2,975", "raised to 2,975", key="toll", value=2975, unit="people", qualifier=None, subject=S_GWU),
        Q("64", "up from 64", key="old", value=64, unit="people", qualifier=None, subject=S_OLD),
        R("Tuesday", "said on Tuesday", note="28 August 2018"),
        D("September", "island in September, in Humacao", key="cap_sep", date="--09",
          note="photo caption: Maria hit in September (2017)"),
        D("January 25, 2018", date="2018-01-25", note="photo caption: date of the photo"),
        D("September 2017", "struck in September 2017", key="sep", date="2017-09"),
        D("mid-February of this year", key="feb", date="--02",
          note="= mid-February 2018; a month with a relative year: month-level date"),
    ],
)

DOCS["603_gazette"] = dict(
    language="en",
    items=[
        Q("64", "Maria from 64 to", key="old", value=64, unit="people", qualifier=None, subject=S_OLD),
        Q("2,975", "to 2,975 on", key="toll", value=2975, unit="people", qualifier=None, subject=S_GWU),
        R("Tuesday", "2,975 on Tuesday", note="28 August 2018"),
        Q("nearly 3,000", key="toll3k", value=3000, unit="people", qualifier="about", subject=S_GWU),
        Q("six", "in the six months", key="six", value=6, unit="months", qualifier=None, subject=S_6M),
        D("September 2017", key="sep", date="2017-09"),
        T("“We never anticipated a scenario of zero communication, zero energy, zero highway access,”",
          key="q_never", speaker=ROSSELLO, attribution="Gov. Ricardo Rossello told reporters"),
        N("zero", "zero communication", note="rhetorical 'zero X', not a count"),
        N("zero", "zero energy", note="rhetorical 'zero X', not a count"),
        N("zero", "zero highway", note="rhetorical 'zero X', not a count"),
        T("“I think the lesson is to anticipate the worst. ... Yes, I made mistakes.”", key="q_lesson",
          speaker=ROSSELLO, attribution="(continues the quote told reporters)",
          note="shorter version of the quote in 604; '...' where 604 has '…'"),
        Q("60,000", value=60000, unit="homes", qualifier=None, subject="homes still without a proper roof (Rossello)"),
    ],
)

DOCS["604_aurn"] = dict(
    language="en",
    items=[
        D("Aug. 28, 2018", "Tuesday, Aug. 28, 2018.  (AP", key="cap1", date="2018-08-28",
          note="photo caption (the preceding 'Tuesday,' is left outside, as in quake)"),
        D("Aug. 28, 2018", "Aug. 28, 2018. (AP", key="cap2", date="2018-08-28",
          note="the same photo caption repeated"),
        Q("64", "Maria from 64 to", key="old", value=64, unit="people", qualifier=None, subject=S_OLD),
        Q("2,975", "to 2,975 on", key="toll", value=2975, unit="people", qualifier=None, subject=S_GWU),
        R("Tuesday", "2,975 on Tuesday", note="28 August 2018"),
        Q("nearly 3,000", key="toll3k", value=3000, unit="people", qualifier="about", subject=S_GWU),
        Q("six", "in the six months", key="six", value=6, unit="months", qualifier=None, subject=S_6M),
        D("September 2017", key="sep", date="2017-09"),
        T("“We never anticipated a scenario of zero communication, zero energy, zero highway access,”",
          key="q_never", speaker=ROSSELLO, attribution="Gov. Ricardo Rossello told reporters"),
        N("zero", "zero communication", note="rhetorical 'zero X', not a count"),
        N("zero", "zero energy", note="rhetorical 'zero X', not a count"),
        N("zero", "zero highway", note="rhetorical 'zero X', not a count"),
        TS("“I think", key="q_lesson", speaker=ROSSELLO, attribution="(after Gov. Ricardo Rossello told reporters)"),
    ],
)

DOCS["605_washingtontimes"] = dict(
    language="en",
    items=[
        Q("More than 4,600", key="har1", value=4600, unit="people", qualifier="more_than", subject=S_HAR),
        R("last year", "last year’s Hurricane", note="2017"),
        Q("64", "toll of 64", key="old", value=64, unit="people", qualifier=None, subject=S_OLD),
        D("2005", "2005’s", date="2005", note="year of Hurricane Katrina"),
        Q("1,833", value=1833, unit="people", qualifier=None, subject="official death toll of Hurricane Katrina (2005)"),
        R("Tuesday", "Published Tuesday", note="29 May 2018"),
        Q("4,645", key="har2", value=4645, unit="people", qualifier=None, subject=S_HAR),
        D("Sept. 20", key="d0920", date="--09-20", note="landfall, start of the Harvard period (2017)"),
        D("Dec. 31", key="d1231", date="--12-31", note="end of the Harvard period (2017)"),
        Q("three", "this three-month", value=3, unit="months", qualifier=None,
          subject="period covered by the Harvard study"),
        Q("62 percent", key="p62", value=62, unit="percent", qualifier=None, subject=S_P62),
        TS("“The mortality", key="q_mort", speaker=None, attribution="they wrote (the study's authors)"),
        D("end of December 2017", key="dec_end", date="2017-12", note="inside the quote; end of the Harvard period"),
        Q("one-third", key="third", value=0.333, unit=FRAC, qualifier=None, subject=S_THIRD, note="inside the quote"),
        D("December", "In December, the New York", date="--12", note="December 2017: the New York Times estimate"),
        Q("64", "exceeded 64 people", value=64, unit="people", qualifier="more_than",
          subject="actual deaths from Maria according to The New York Times (December 2017)",
          note="'exceeded 64': the official figure as a lower bound; not grouped with the official 64"),
        Q("about 1,052", key="nyt", value=1052, unit="people", qualifier="about", subject=S_NYT),
        D("December", "also published in December", date="--12", note="December 2017: New York Magazine piece"),
        N("3,", "selection of 3,", reason="other", note="number cut off by the excerpt (3,299 households)"),
    ],
)

DOCS["606_clickorlando"] = dict(
    language="en",
    items=[
        Q("almost 5,000", key="har_h", value=5000, unit="people", qualifier="about", subject=S_HAR,
          note="headline; 4,645 rounded up"),
        Q("64", "is only 64", key="old_h", value=64, unit="people", qualifier=None, subject=S_OLD, note="subheadline"),
        Q("70", "is 70 times", key="x70", value=70, unit="times", qualifier=None, subject=S_X70),
        R("Tuesday", "released Tuesday", note="29 May 2018"),
        D("September", "Puerto Rico in September", key="sep", date="--09", note="September 2017"),
        Q("$90 billion", key="dmg", value=90000000000, unit="dollars", qualifier=None, subject=S_DMG),
        Q("64", "count was 64", key="old", value=64, unit="people", qualifier=None, subject=S_OLD),
        Q("closer to 5,000", key="har_c", value=5000, unit="people", qualifier="about", subject=S_HAR,
          note="'closer to' read as approximate; the study's figure is 4,645"),
        Q("closer to 1,000", value=1000, unit="people", qualifier="about",
          subject="death toll according to earlier independent estimates"),
        TS("“The official death count", key="q_under", speaker=None, attribution="researchers wrote"),
        Q("64", "count of 64 is", key="old_q", value=64, unit="people", qualifier=None, subject=S_OLD,
          note="inside the quote"),
        TS("“Our estimate", key="q_cons", speaker=None, attribution="researchers wrote"),
        Q("4,645", key="har", value=4645, unit="people", qualifier=None, subject=S_HAR, note="inside the quote"),
        D("September 20", key="d0920", date="--09-20", note="inside the quote"),
        D("December 31, 2017", key="d1231", date="2017-12-31", note="inside the quote"),
        Q("more than 5,000", key="adj", value=5000, unit="people", qualifier="more_than", subject=S_ADJ,
          note="inside the quote"),
        T('"How do you miss over 4,000 deaths?"', speaker="Bill Nelson", attribution="Sen. Bill Nelson, D-Fla., tweeted"),
        Q("over 4,000", value=4000, unit="people", qualifier="more_than",
          subject="deaths missed by the official count (Nelson)", note="inside the quote; the gap 4,645 - 64"),
        TS('"The Trump administration', speaker="Bill Nelson", attribution="(second part of the tweet)"),
        N("1", "No. 1 cause", reason="rank"),
        TS('"It\'s breathtaking', speaker="Tom Perez",
           attribution="Democratic National Committee Chairman Tom Perez said"),
        TS('"The inaction', speaker="Tom Perez", attribution="(continues Perez's quote)"),
    ],
)

DOCS["607_sertv"] = dict(
    language="es",
    items=[
        R("ayer", "reconoció ayer", note="28 August 2018"),
        Q("2,975", "causó 2,975 muertos", key="toll1", value=2975, unit="people", qualifier=None, subject=S_GWU),
        D("septiembre de 2017", "paso en septiembre de 2017", key="sep", date="2017-09"),
        T("«errores»", speaker=ROSSELLO, attribution="reconoció que cometió", note="one-word partial quote"),
        Q("64", "solo 64", key="old", value=64, unit="people", qualifier=None, subject=S_OLD),
        T("«acepta todas las críticas»", key="q_acepta", speaker=ROSSELLO, attribution="Rosselló dijo que"),
        T("«a corregir esos errores»", key="q_corr", speaker=ROSSELLO, attribution="y que va"),
        T("«solidaridad»", key="q_sol", speaker=ROSSELLO, attribution="Tras trasladar su"),
        Q("2,975", "muertos en 2,975", key="toll2", value=2975, unit="people", qualifier=None, subject=S_GWU),
        T("«de un estimado»", key="q_est", speaker=ROSSELLO, attribution="que se trata"),
        Q("1", "categoría 1", value=1, unit="category", qualifier=None,
          subject="hurricane category the island's protocols were made for"),
        Q("4", "no de 4", value=4, unit="category", qualifier=None, subject="category of Hurricane Maria"),
        Q("casi un", "hace casi un año", value=1, unit="years", qualifier="about",
          subject="time since the George Washington University study was commissioned",
          note="other reports: commissioned in February 2018, six months earlier"),
        R("ayer", "publicado ayer", note="28 August 2018"),
        Q("2,975", "elevado a 2,975", key="toll3", value=2975, unit="people", qualifier=None, subject=S_GWU),
        D("septiembre de 2017", "entre septiembre de 2017", key="sep2", date="2017-09", note="start of the GWU period"),
        D("febrero de 2018", key="feb", date="2018-02", note="end of the GWU period"),
    ],
)

DOCS["608_epicentrochile"] = dict(
    language="es",
    items=[
        Q("64", "causó 64 muertes", key="old", value=64, unit="people", qualifier=None, subject=S_OLD),
        D("septiembre del año pasado", key="sep", date="--09",
          note="= September 2017; a month with a relative year: month-level date"),
        R("hoy", "pasado, hoy", note="28 August 2018 (study released)"),
        Q("2.975", "ascendió a 2.975", key="toll1", value=2975, unit="people", qualifier=None, subject=S_GWU),
        TS("«el estimado", key="q_study", speaker=None, attribution="el estudio indica que",
           note="the GWU study, no named speaker"),
        Q("64", "gobierno de 64", key="old_q", value=64, unit="people", qualifier=None, subject=S_OLD,
          note="inside the quote"),
        T("«acepta todas las críticas»", key="q_acepta", speaker=ROSSELLO, attribution="la autoridad dijo que"),
        T("«voy a corregir esos errores»", key="q_corr", speaker=ROSSELLO, attribution="aseguró que"),
        T("«solidaridad»", key="q_sol", speaker=ROSSELLO, attribution="Tras manifestar su"),
        Q("2.975", "oficial en 2.975", key="toll2", value=2975, unit="people", qualifier=None, subject=S_GWU),
        T("«de un estimado»", key="q_est", speaker=ROSSELLO, attribution="que se trata"),
    ],
)

DOCS["609_baenegocios"] = dict(
    language="es",
    items=[
        Q("Al menos 2.995", key="toll_bad", value=2995, unit="people", qualifier="at_least", subject=S_GWU,
          note="misreport of the study's 2,975 (URL headline: 'casi 3.000')"),
        D("febrero de 2018", "impactó y febrero de 2018", key="feb", date="2018-02", note="end of the GWU period"),
        R("ayer", "Hasta ayer", note="27 August 2018"),
        Q("64", "era de 64", key="old", value=64, unit="people", qualifier=None, subject=S_OLD),
        Q("8%", value=8, unit="percent", qualifier=None,
          subject="fall in Puerto Rico's population, September 2017 - mid-February 2018"),
        Q("3.327.000", key="pop", value=3327000, unit="people", qualifier=None, subject=S_POP),
        D("septiembre de 2017", date="2017-09", note="date of the population figure"),
        Q("3.048.000", value=3048000, unit="people", qualifier=None,
          subject="population of Puerto Rico in mid-February 2018"),
        D("mediados de febrero de 2018", date="2018-02", note="'mediados de' kept as a modifier of the period"),
    ],
)

DOCS["610_telemundopr"] = dict(
    language="es",
    items=[
        Q("casi 3,000", key="toll3k", value=3000, unit="people", qualifier="about", subject=S_GWU, note="headline"),
        R("este miércoles", note="29 August 2018 (official release of the study)"),
        D("20 de septiembre de 2017", key="d0920", date="2017-09-20", note="start of the GWU period (landfall)"),
        D("febrero de 2018", key="feb", date="2018-02", note="end of the GWU period"),
        Q("unas 2,975", key="toll", value=2975, unit="people", qualifier="about", subject=S_GWU),
        Q("22%", value=22, unit="percent", qualifier=None,
          subject="rise in deaths over those expected without the hurricane (GWU study)"),
        Q("64", "permanecido en 64", key="old", value=64, unit="people", qualifier=None, subject=S_OLD),
        TS('"Ciertamente', speaker=ROSSELLO, attribution="dijo Rosselló"),
        TS('"Los resultados', speaker="Carlos Santos-Burgoa",
           attribution="manifestó Carlos Santos-Burgoa, el investigador principal del proyecto"),
        Q("al menos 1,130", value=1130, unit="people", qualifier="at_least",
          subject="excess deaths estimated by Penn State"),
        D("mayo", "publicó en mayo", date="--05", note="May 2018"),
        Q("4,645", key="har", value=4645, unit="people", qualifier=None, subject=S_HAR),
    ],
)

DOCS["611_lasexta"] = dict(
    language="es",
    items=[
        Q("Más de 4.600", key="har1", value=4600, unit="people", qualifier="more_than", subject=S_HAR),
        N("'María'", "huracán 'María' a su paso", note="quoted name"),
        D("2017", "Puerto Rico en 2017", date="2017", note="year of the hurricane"),
        Q("64", "solo 64", key="old", value=64, unit="people", qualifier=None, subject=S_OLD),
        N("'New England Journal of Medicine'", "revista 'New England Journal of Medicine'", note="quoted title"),
        Q("4.645", "establece en 4.645", key="har2", value=4645, unit="people", qualifier=None, subject=S_HAR),
        Q("Dos", "Dos coches", value=2, unit="cars", qualifier=None,
          subject="cars floating in a flooded street in San Juan (photo caption)"),
        Q("un tercio", key="third", value=0.333, unit=FRAC, qualifier=None, subject=S_THIRD),
        D("20 de septiembre", key="d0920", date="--09-20", note="start of the Harvard period (2017)"),
        D("31 de diciembre de 2017", key="d1231", date="2017-12-31"),
        T('"exceso"', speaker=None, attribution="han detectado un", note="one-word scare quote from the study"),
        Q("4.645", "de 4.645 fallecidos", key="har3", value=4645, unit="people", qualifier=None, subject=S_HAR),
        D("2016", "periodo de 2016", date="2016"),
        Q("62 por ciento", key="p62", value=62, unit="percent", qualifier=None, subject=S_P62,
          note="'cuando se registró un 62 por ciento menos de muertes': the study's 62% rise over 2016 turned into 62% fewer deaths in 2016"),
        Q("3.299", key="hh", value=3299, unit="households", qualifier=None, subject=S_HH),
        N("'New England Journal of Medicine'", "artículo de la 'New England Journal of Medicine'", note="quoted title"),
        T('"probablemente es conservadora"', key="q_cons", speaker=None,
          attribution="Los investigadores ... consideran que su estimación"),
        Q("superar los 5.700", key="adj", value=5700, unit="people", qualifier="more_than", subject=S_ADJ,
          note="'podría superar los 5.700'"),
        N("'María'", "huracán 'María' ha causado", note="quoted name"),
        Q("90 millones de dólares", key="dmg", value=90000000, unit="dollars", qualifier=None, subject=S_DMG,
          note="'millones' for 'miles de millones': other reports give $90 billion"),
        Q("77,8 millones de euros", value=77800000, unit="euros", qualifier=None, subject=S_DMG,
          note="conversion of the (wrong) 90 million dollars"),
        N("siglo XX", reason="other", note="'principios del siglo XX': century in Roman numerals, not annotated as a date"),
        N("GOES-16", reason="identifier"),
        N("'María'", "huracán 'María'\n", note="quoted name (photo caption)"),
        Q("Más de ocho", value=8, unit="months", qualifier="more_than", subject="time since the hurricane",
          note="text cut off after 'Puerto Ri'"),
    ],
)

DOCS["612_milenio"] = dict(
    language="es",
    items=[
        Q("Al menos 4 mil 645", key="har", value=4645, unit="people", qualifier="at_least", subject=S_HAR,
          note="Mexican style '4 mil 645'"),
        R("hoy", "publicado hoy", note="29 May 2018"),
        Q("más de 70", key="x70", value=70, unit="times", qualifier="more_than", subject=S_X70),
        Q("64", "oficial de 64", key="old", value=64, unit="people", qualifier=None, subject=S_OLD),
        N('"', '"The New England', reason="other", note="opening mark of the journal title, never closed"),
        Q("14.3", value=14.3, unit="deaths per 1,000 inhabitants", qualifier=None,
          subject="mortality rate, 20 September - 31 December 2017 (Harvard study)"),
        N("mil", "por cada mil habitantes", reason="other", note="denominator of the rate 14.3 per thousand"),
        D("20 de septiembre de 2017", key="d0920", date="2017-09-20"),
        D("31 de diciembre", "el 31 de diciembre de ese año", key="d1231", date="--12-31",
          note="'de ese año' (= 2017) is anaphoric, left outside"),
        Q("casi un", "en casi un siglo", value=1, unit="centuries", qualifier="about",
          subject="time since a hurricane as bad as Maria struck Puerto Rico",
          note="'el peor huracán ... en casi un siglo'; Reuters says the most powerful storm 'in nearly 90 years' (not grouped)"),
        TS('"Una tercera', key="q_third", speaker=None, attribution="indica el estudio"),
        Q("Una tercera parte", key="third", value=0.333, unit=FRAC, qualifier=None, subject=S_THIRD,
          note="inside the quote"),
        D("octubre del año pasado", date="--10", note="= October 2017; a month with a relative year: month-level date"),
        Q("ocho", "ocho veces", value=8, unit="times", qualifier=None,
          subject="ratio of CNN's estimate to the official toll (October 2017)"),
        Q("Dos", "Dos meses después", value=2, unit="months", qualifier=None,
          subject="time between CNN's report and The New York Times investigation"),
        Q("mil 052", key="nyt", value=1052, unit="people", qualifier=None, subject=S_NYT),
        T('"sustancial"', speaker=None, attribution="El estudio de Harvard ... califica como",
          note="one-word quote from the study"),
        Q("3.4 millones", key="pop", value=3400000, unit="people", qualifier=None, subject=S_POP,
          note="'en ese momento' = when the hurricane struck"),
        Q("casi 3 mil 300", key="hh", value=3300, unit="households", qualifier="about", subject=S_HH),
    ],
)

G = goldkit.Groups()
g = G.add

g("quantity", "contradict",
  [("601", "toll_h"), ("601", "toll"), ("602", "toll"), ("603", "toll"), ("603", "toll3k"), ("604", "toll"),
   ("604", "toll3k"), ("607", "toll1"), ("607", "toll2"), ("607", "toll3"), ("608", "toll1"), ("608", "toll2"),
   ("609", "toll_bad"), ("610", "toll3k"), ("610", "toll")],
  "GWU estimate made the official toll on 28 August 2018: 2,975 / 2.975 / nearly 3,000 / unas 2,975 everywhere, "
  "but 'Al menos 2.995' in BAE Negocios (609), a misreported figure")
g("quantity", "agree",
  [("601", "old"), ("602", "old"), ("603", "old"), ("604", "old"), ("605", "old"), ("606", "old_h"), ("606", "old"),
   ("606", "old_q"), ("607", "old"), ("608", "old"), ("608", "old_q"), ("609", "old"), ("610", "old"), ("611", "old"),
   ("612", "old")],
  "the official toll of 64, unchanged from December 2017 to 28 August 2018 (one claim, stated in May and in August). "
  "605's 'exceeded 64' (NYT) is left out")
g("quantity", "agree",
  [("605", "har1"), ("605", "har2"), ("606", "har_h"), ("606", "har_c"), ("606", "har"), ("610", "har"),
   ("611", "har1"), ("611", "har2"), ("611", "har3"), ("612", "har")],
  "Harvard estimate: 4,645 / 4.645 / 4 mil 645 (al menos), more than 4,600, and ClickOrlando's rounded 'almost' / "
  "'closer to' 5,000")
g("quantity", "agree", [("606", "adj"), ("611", "adj")],
  "Harvard estimate after adjustments: more than 5,000 (quote) / podría superar los 5.700")
g("quantity", "agree", [("606", "x70"), ("612", "x70")], "70 times / más de 70 veces the official figure")
g("quantity", "contradict", [("606", "dmg"), ("611", "dmg")],
  "damage: $90 billion (ClickOrlando) vs 90 millones de dólares (laSexta, millions for billions)")
g("quantity", "contradict", [("605", "p62"), ("611", "p62")],
  "62 percent rise in mortality over 2016 (Washington Times) vs laSexta's '2016, cuando se registró un 62 por ciento "
  "menos de muertes' (62% fewer in 2016 would be a 163% rise): same number, relation inverted")
g("quantity", "agree", [("605", "third"), ("611", "third"), ("612", "third")],
  "one-third / un tercio / una tercera parte of the deaths due to interrupted health care")
g("quantity", "agree", [("605", "nyt"), ("612", "nyt")], "New York Times estimate, December 2017: about 1,052 / mil 052")
g("quantity", "agree", [("611", "hh"), ("612", "hh")], "households surveyed: 3.299 / casi 3 mil 300")
g("quantity", "contradict", [("609", "pop"), ("612", "pop")],
  "population when Maria struck: 3.327.000 (September 2017, BAE Negocios) vs 3.4 millones (Milenio); a small "
  "discrepancy of sources/rounding (3.327 million rounds to 3.3), see README doubts")
g("quantity", "agree", [("601", "y90"), ("602", "y90")], "most powerful storm in nearly 90 years (the Reuters story twice)")
g("quantity", "agree", [("603", "six"), ("604", "six")], "GWU period: the six months after Maria")
g("date", "agree",
  [("601", "cap_sep"), ("601", "sep"), ("602", "cap_sep"), ("602", "sep"), ("603", "sep"), ("604", "sep"),
   ("606", "sep"), ("607", "sep"), ("607", "sep2"), ("608", "sep")],
  "Maria struck in September 2017 (September in captions and in 606 without a year)")
g("date", "agree",
  [("605", "d0920"), ("606", "d0920"), ("610", "d0920"), ("611", "d0920"), ("612", "d0920")],
  "20 September 2017: landfall, the start of both studies' periods")
g("date", "agree", [("605", "d1231"), ("605", "dec_end"), ("606", "d1231"), ("611", "d1231"), ("612", "d1231")],
  "31 December 2017, end of the Harvard period (605's 'end of December 2017' in the quote)")
g("date", "agree", [("601", "feb"), ("602", "feb"), ("607", "feb"), ("609", "feb"), ("610", "feb")],
  "end of the GWU period: (mid-)February 2018")
g("date", "single-source", [("604", "cap1"), ("604", "cap2")], "photo caption repeated: Aug. 28, 2018")
g("quote", "agree", [("603", "q_never"), ("604", "q_never")],
  "Rossello: 'We never anticipated a scenario of zero communication...' (AP, same words)")
g("quote", "variant", [("603", "q_lesson"), ("604", "q_lesson")],
  "Rossello: 'I think the lesson is to anticipate the worst ... Yes, I made mistakes.' (603 stops there; 604 adds "
  "'Yes, in hindsight, things could've been handled differently')")
g("quote", "agree", [("607", "q_acepta"), ("608", "q_acepta")], "Rossello: «acepta todas las críticas»")
g("quote", "variant", [("607", "q_corr"), ("608", "q_corr")],
  "Rossello: «a corregir esos errores» (EFE) / «voy a corregir esos errores»")
g("quote", "agree", [("607", "q_sol"), ("608", "q_sol")], "Rossello: «solidaridad»")
g("quote", "agree", [("607", "q_est"), ("608", "q_est")], "Rossello: «de un estimado»")
g("quote", "variant", [("605", "q_mort"), ("612", "q_third")],
  "Harvard study: '... one-third of the deaths were attributed to delayed or interrupted health care ...' / "
  "'Una tercera parte de las muertes se atribuyen a atención médica demorada o interrumpida' (translation of a part)")
g("quote", "variant", [("606", "q_cons"), ("611", "q_cons")],
  "Harvard study: 'Our estimate ... is likely to be conservative ...' / \"probablemente es conservadora\" "
  "(translation of a part)")


def build():
    goldkit.build(HERE, DOCS, G, MARKS)


if __name__ == "__main__":
    build()
