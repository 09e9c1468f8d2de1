"""Build the gold YAML files of /work/real/quake (Puebla-Morelos earthquake, 19 September 2017) from the hand-written spec below.

Usage: python make_gold.py   (adapted from tests/heldout2/make_gold.py; straight single quotes added as quote marks)

Every claim and not_claim is located by an anchor (a unique context string in
the raw file text) so that offsets are computed, never typed.  Ids are assigned
per kind in document order; groups refer to claims by a local key.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(next(p for p in Path(__file__).resolve().parents if p.name == "tests")))
import goldkit  # noqa: E402  (tests/goldkit.py: what every set's make_gold.py shares)
from goldkit import D, Marks, N, Q, R, T  # noqa: E402

HERE = Path(__file__).resolve().parent

MARKS = Marks(["&ldquo;", "&lsquo;", "“", "«", '"', "‘", "'"],
              ["&rdquo;", "&rsquo;", "”", "»", '"', "’", "'"])


# --------------------------------------------------------------------------
# Spec
# --------------------------------------------------------------------------
DOCS = {}

PUENTE = "Luis Felipe Puente"
EPN = "Enrique Pena Nieto"

S_MAG = "magnitude of the 19 September 2017 earthquake"
S_TOLL = "people killed by the earthquake (national toll)"
S_CDMX = "people killed in Mexico City"
S_MOR = "people killed in Morelos"
S_PUE = "people killed in Puebla"
S_MEX = "people killed in the State of Mexico"
S_GRO = "people killed in Guerrero"
S_OAX = "people killed in Oaxaca"
S_BLD = "buildings collapsed in Mexico City"
S_POP = "population of Mexico City"
S_REB_CH = "children killed at the Enrique Rebsamen school"
S_REB_AD = "adults killed at the Enrique Rebsamen school"
S_REB_MISS = "people missing at the Enrique Rebsamen school (early count)"
S_INTERVAL = "time between the 7 September and the 19 September 2017 earthquakes"

DOCS["501_thenewsmx"] = dict(
    ext="txt", language="en", comments_from=None,
    items=[
        Q("324", "that 324 people", key="toll", value=324, unit="people", qualifier=None, subject=S_TOLL),
        Q("7.1", "the 7.1 magnitude", key="mag", value=7.1, unit="magnitude", qualifier=None, subject=S_MAG),
        D("Sept. 19", key="qdate", date="--09-19", note="preceded by the weekday 'Tuesday,', left outside the span"),
        Q("186", "186 people died", key="cdmx", value=186, unit="people", qualifier=None, subject=S_CDMX),
        Q("73", "73 in Morelos", key="mor", value=73, unit="people", qualifier=None, subject=S_MOR),
        Q("45", "45 in Puebla", key="pue", value=45, unit="people", qualifier=None, subject=S_PUE),
        Q("13", "13 in the State", key="mex", value=13, unit="people", qualifier=None, subject=S_MEX),
        Q("six", "six in Guerrero", key="gro", value=6, unit="people", qualifier=None, subject=S_GRO),
        Q("one", "one in Oaxaca", key="oax", value=1, unit="people", qualifier=None, subject=S_OAX),
        T("“# Update” TOTAL 324 dead by #Sismo 19/09/17 #CDMX: 186, #Morelos: 73, #Puebla: 45, # Edoméx: 13, #Guerrero: 6 and #Oaxaca: 1 “",
          key="q_tweet", speaker=PUENTE,
          quote="# Update” TOTAL 324 dead by #Sismo 19/09/17 #CDMX: 186, #Morelos: 73, #Puebla: 45, # Edoméx: 13, #Guerrero: 6 and #Oaxaca: 1",
          attribution="indicated this morning the official on his official Twitter account",
          note="translated tweet with misplaced marks: opens with “, has a stray ” after 'Update' and closes with “ (read as the closing mark); one claim from the first to the last mark"),
        Q("324", "TOTAL 324", key="toll_tw", value=324, unit="people", qualifier=None, subject=S_TOLL, note="inside the quoted tweet"),
        D("19/09/17", key="qdate_tw", date="2017-09-19", note="in the hashtag line of the tweet"),
        Q("186", "#CDMX: 186", key="cdmx_tw", value=186, unit="people", qualifier=None, subject=S_CDMX),
        Q("73", "#Morelos: 73", key="mor_tw", value=73, unit="people", qualifier=None, subject=S_MOR),
        Q("45", "#Puebla: 45", key="pue_tw", value=45, unit="people", qualifier=None, subject=S_PUE),
        Q("13", "Edoméx: 13", key="mex_tw", value=13, unit="people", qualifier=None, subject=S_MEX),
        Q("6", "#Guerrero: 6", key="gro_tw", value=6, unit="people", qualifier=None, subject=S_GRO),
        Q("1", "#Oaxaca: 1", key="oax_tw", value=1, unit="people", qualifier=None, subject=S_OAX),
        R("this morning", "indicated this morning"),
    ],
)

DOCS["502_stabroeknews"] = dict(
    ext="txt", language="en", comments_from=None,
    items=[
        Q("10", "on 10 buildings", key="b10_h", value=10, unit="buildings", qualifier=None,
          subject="collapsed buildings where the search for survivors focused", note="headline"),
        Q("273", "273 dead\n", key="toll_h", value=273, unit="people", qualifier=None, subject=S_TOLL, note="headline"),
        R("yesterday", "picks yesterday", note="Thursday 21 September 2017"),
        Q("two", "two days after", value=2, unit="days", qualifier=None, subject="time since the earthquake"),
        Q("10", "focusing on 10 collapsed", key="b10", value=10, unit="buildings", qualifier=None,
          subject="collapsed buildings where the search for survivors focused"),
        Q("five", "included five Taiwanese", value=5, unit="workers", qualifier=None,
          subject="Taiwanese workers trapped in a textile factory"),
        T("“did not exist,”", speaker=None, attribution="the Navy said", note="institution, no named speaker; partial quote"),
        Q("at least 273", key="toll", value=273, unit="people", qualifier="at_least", subject=S_TOLL),
        Q("50", "said 50 people", value=50, unit="people", qualifier=None,
          subject="people not accounted for in Mexico City (Mancera)"),
        R("Tuesday", "since Tuesday afternoon", note="19 September 2017"),
        Q("7.1", "afternoon’s 7.1-magnitude", key="mag", value=7.1, unit="magnitude", qualifier=None, subject=S_MAG,
          note="'7.1-magnitude'"),
        Q("60", "saved 60 survivors", value=60, unit="people", qualifier=None, subject="survivors rescued"),
        R("Wednesday night", "Late on Wednesday night", note="20 September 2017"),
        Q("eight", "an eight-year-old", value=8, unit="years", qualifier=None, subject="age of the girl rescued in Tlalpan",
          note="'eight-year-old'"),
        Q("nearly 36", value=36, unit="hours", qualifier="about", subject="time between the quake and the rescue of the girl in Tlalpan",
          note="'nearly' read as approximate"),
        Q("14", "Nunez, 14", value=14, unit="years", qualifier=None, subject="age of Luis Manuel Carrillo Nunez"),
        R("Tuesday", "school on Tuesday", note="19 September 2017"),
        T("“It’s shaking!”", speaker=None, attribution="he heard people yell"),
        T("“It’s hard to know that you’re not going to see again the friends that you loved. I’m really traumatized,”",
          speaker="Luis Manuel Carrillo Nunez", attribution="he said"),
        Q("20 million", "city of 20 million", key="pop", value=20000000, unit="people", qualifier=None, subject=S_POP),
        D("2017", "its 2017 growth", date="2017", note="year of the growth forecast"),
        Q("1.9 percent", value=1.9, unit="percent", qualifier=None, subject="Citibanamex 2017 growth forecast for Mexico (lowered)"),
        Q("2.0 percent", value=2.0, unit="percent", qualifier=None, subject="Citibanamex 2017 growth forecast for Mexico (before the quake)"),
    ],
)

DOCS["503_mitchellrepublic"] = dict(
    ext="txt", language="en", comments_from=None,
    items=[
        Q("more than 200", "quake that killed more than 200\n", key="toll_h", value=200, unit="people", qualifier="more_than",
          subject=S_TOLL, note="headline"),
        D("Sept. 19, 2017", "Sept. 19, 2017. Bloomberg photo by Alejandro Cegarra.1", key="cap1", date="2017-09-19",
          note="photo caption"),
        N("1 / 2", "Cegarra.1 / 2", reason="chrome", note="photo gallery counter"),
        D("Sept. 19, 2017", "Sept. 19, 2017. Bloomberg photo by Alejandro Cegarra.2", key="cap2", date="2017-09-19",
          note="photo caption"),
        N("2 / 2", "Cegarra.2 / 2", reason="chrome", note="photo gallery counter"),
        R("Wednesday", "morning Wednesday", note="20 September 2017"),
        Q("more than 200", "earthquake that killed more than 200", key="toll", value=200, unit="people", qualifier="more_than",
          subject=S_TOLL),
        Q("40 percent", value=40, unit="percent", qualifier=None, subject="share of Mexico City without power"),
        Q("20 million", key="pop", value=20000000, unit="people", qualifier=None, subject=S_POP),
        T('"silence"', speaker=None, attribution="Cries of", note="what rescuers and volunteers cried out"),
        Q("At least 44", key="bld44", value=44, unit="buildings", qualifier="at_least", subject=S_BLD,
          note="'collapsed or partly collapsed', according to Mancera"),
        Q("7.1", "The 7.1-magnitude", key="mag", value=7.1, unit="magnitude", qualifier=None, subject=S_MAG),
        Q("76", "76 miles", value=76, unit="miles", qualifier=None, subject="distance of the epicentre from Mexico City"),
        N("1:14 p.m", reason="time"),
        N("32nd", reason="ordinal", note="'32nd anniversary' of the 1985 quake"),
        D("1985", "infamous 1985", key="y1985", date="1985"),
        Q("217", "toll at 217", key="toll217", value=217, unit="people", qualifier=None, subject=S_TOLL,
          note="Puente's figure, 'revising it down from earlier estimates' (the earlier 248)"),
        Q("25", "pulled out 25 bodies", value=25, unit="people", qualifier=None,
          subject="bodies recovered at the Enrique Rebsamen school (Villacoapa) so far", note="text cut off after 'all but'"),
    ],
)

DOCS["504_arkansasonline"] = dict(
    ext="txt", language="en", comments_from=None,
    items=[
        R("Wednesday", "fallen school\n\nRescue workers search for people trapped inside a collapsed building Wednesday",
          note="photo caption (20 September 2017)"),
        R("Wednesday", "Mexico City.\nRescue workers search for people trapped inside a collapsed building Wednesday",
          note="the same caption repeated"),
        R("Wednesday", "searched frantically Wednesday"),
        Q("hundreds", "attended by hundreds", value=200, unit="people", qualifier="at_least",
          subject="children attending the Enrique Rebsamen school", note="rough count 'hundreds of children'"),
        Q("7.1", "The 7.1-magnitude", key="mag", value=7.1, unit="magnitude", qualifier=None, subject=S_MAG),
        R("Tuesday", "struck Tuesday afternoon", note="19 September 2017"),
        Q("at least 245", key="toll", value=245, unit="people", qualifier="at_least", subject=S_TOLL),
        Q("at least 1,000", value=1000, unit="people", qualifier="at_least", subject="people injured"),
        D("1985", "since 1985", key="y1985", date="1985"),
        Q("38", "were 38 collapsed", key="bld38", value=38, unit="buildings", qualifier=None, subject=S_BLD,
          note="Mancera's revised count"),
        Q("44", "the 44 he had", key="bld44", value=44, unit="buildings", qualifier=None, subject=S_BLD,
          note="Mancera's earlier count, 'down from'"),
        R("early Wednesday", "debris early Wednesday"),
    ],
)

DOCS["505_theirworld"] = dict(
    ext="txt", language="en", comments_from=None,
    items=[
        Q("19", "19 children killed", key="rebch_h", value=19, unit="people", qualifier=None, subject=S_REB_CH, note="headline"),
        Q("two", "After two days", value=2, unit="days", qualifier=None, subject="duration of the confusion at the school site"),
        Q("Nineteen", key="rebch1", value=19, unit="people", qualifier=None, subject=S_REB_CH),
        Q("Two", "Two days ago", value=2, unit="days", qualifier=None, subject="time since the president's statement at the school"),
        Q("22", "said 22 children", key="rebch_pres", value=22, unit="people", qualifier=None,
          subject="children killed at the Enrique Rebsamen school (the president's count of 19 September)"),
        Q("30", "another 30", key="miss30", value=30, unit="people", qualifier=None, subject=S_REB_MISS),
        Q("19", "was 19 children", key="rebch2", value=19, unit="people", qualifier=None, subject=S_REB_CH,
          note="'final death toll at the school', Navy undersecretary Sarmiento"),
        Q("six", "and six adults", key="rebad", value=6, unit="people", qualifier=None, subject=S_REB_AD),
        Q("11", "said 11 children", value=11, unit="people", qualifier=None, subject="children rescued from the Enrique Rebsamen school"),
        T("“We have carried out a full count with the directors of the school and we are sure that all the children are either safe at home, in the hospital or unfortunately died,”",
          speaker="Angel Enrique Sarmiento", attribution="said Angel Sarmiento, a top officer in the Mexican marines"),
        R("yesterday", "school yesterday"),
        T("“Sad, painful. In these moments, you can’t put into words what you’re feeling after the loss of a loved one,”",
          speaker="Miguel Angel Ortiz", attribution="said Miguel Angel Ortiz, whose niece was killed"),
        Q("Almost 300", key="toll", value=300, unit="people", qualifier="about", subject=S_TOLL, note="'almost' read as approximate"),
        Q("7.1", "the 7.1-magnitude", key="mag", value=7.1, unit="magnitude", qualifier=None, subject=S_MAG),
        Q("three", "struck three days ago", value=3, unit="days", qualifier=None, subject="time since the earthquake"),
        Q("two", "in two weeks", key="twoweeks", value=2, unit="weeks", qualifier=None, subject=S_INTERVAL,
          note="'the second to hit Mexico in two weeks'"),
        R("today", "promised today"),
        Q("72", "is 72 hours", value=72, unit="hours", qualifier=None, subject="average survival time in such disasters"),
    ],
)

DOCS["506_sticknoticias"] = dict(
    ext="txt", language="es", comments_from=None,
    items=[
        Q("Más de 250", key="toll250", value=250, unit="people", qualifier="more_than", subject=S_TOLL,
          note="lead; the body gives Puente's 248, which is not more than 250"),
        Q("decenas", "decenas de edificios", value=20, unit="buildings", qualifier="at_least", subject="buildings collapsed",
          note="rough count 'decenas de', read as at least 20 (cf. 'dos decenas' = 20)"),
        Q("alrededor de dos millones", value=2000000, unit="people", qualifier="about", subject="people without electricity"),
        Q("7,1", "magnitud 7,1 que", key="mag1", value=7.1, unit="magnitude", qualifier=None, subject=S_MAG),
        R("este martes", note="19 September 2017"),
        Q("dos", "dos semanas", key="twoweeks", value=2, unit="weeks", qualifier=None, subject=S_INTERVAL),
        Q("casi un", "casi un siglo", value=1, unit="centuries", qualifier="about",
          subject="period in which the 7 September earthquake was the strongest", note="'casi' read as approximate"),
        Q("32", "a 32 años", value=32, unit="years", qualifier=None, subject="time since the 1985 earthquake"),
        D("19 de septiembre de 1985", key="d1985", date="1985-09-19"),
        Q("248", "hay 248", key="toll248", value=248, unit="people", qualifier=None, subject=S_TOLL,
          note="Puente's count of the night of 19-20 September, later revised down to 217; the state figures given with it add up to 199"),
        Q("86", "86 en Ciudad", value=86, unit="people", qualifier=None, subject=S_CDMX),
        Q("42", "42 en Puebla", value=42, unit="people", qualifier=None, subject=S_PUE),
        Q("55", "55 en Morelos", value=55, unit="people", qualifier=None, subject=S_MOR),
        Q("12", "12 en Estado", value=12, unit="people", qualifier=None, subject=S_MEX),
        Q("tres", "tres en Guerrero", value=3, unit="people", qualifier=None, subject=S_GRO),
        Q("uno", "uno en Oxaca", value=1, unit="people", qualifier=None, subject=S_OAX, note="'Oxaca' misspelt"),
        Q("44", "hay 44 emplazamientos", key="bld44", value=44, unit="sites", qualifier=None, subject=S_BLD,
          note="'44 emplazamientos con colapsos en la capital' (Puente)"),
        Q("6,8", "magnitud 6,8", value=6.8, unit="magnitude", qualifier=None,
          subject="magnitude first reported by the Servicio Sismologico (later corrected)"),
        Q("7,1", "corregido a magnitud 7,1", key="mag2", value=7.1, unit="magnitude", qualifier=None, subject=S_MAG),
    ],
)

DOCS["507_noticiaslatam"] = dict(
    ext="txt", language="es", comments_from=None,
    items=[
        D("19 de septiembre", key="qdate", date="--09-19"),
        N("18:14 GMT", reason="time"),
        Q("supera los 300", key="toll", value=300, unit="people", qualifier="more_than", subject=S_TOLL,
          note="'supera los 300' (exceeds 300), the verb read as the qualifier"),
        Q("unos 20 millones", key="pop", value=20000000, unit="people", qualifier="about", subject=S_POP),
        Q("27", "de 27 a 38", value=27, unit="buildings", qualifier=None, subject=S_BLD + " (earlier count)",
          note="'subió de 27 a 38' (Pena Nieto)"),
        Q("38", "a 38, dijo", key="bld38", value=38, unit="buildings", qualifier=None, subject=S_BLD),
    ],
)

DOCS["508_granadadigital"] = dict(
    ext="txt", language="es", comments_from=None,
    items=[
        Q("217", "217 muertos a causa", key="toll_h", value=217, unit="people", qualifier=None, subject=S_TOLL, note="headline"),
        Q("7,1", "magnitud 7,1 en México", key="mag_h", value=7.1, unit="magnitude", qualifier=None, subject=S_MAG, note="headline"),
        Q("86", "se 86 fallecidos", key="cdmx_s", value=86, unit="people", qualifier=None, subject=S_CDMX, note="subtitle"),
        Q("71", "71 en Morelos, 43 en Puebla, 12 en Estado de México, 4 en Guerrero y uno en Oaxaca\nLas", key="mor_s",
          value=71, unit="people", qualifier=None, subject=S_MOR),
        Q("43", "43 en Puebla, 12 en Estado de México, 4 en Guerrero y uno en Oaxaca\nLas", key="pue_s",
          value=43, unit="people", qualifier=None, subject=S_PUE),
        Q("12", "12 en Estado de México, 4 en Guerrero y uno en Oaxaca\nLas", key="mex_s",
          value=12, unit="people", qualifier=None, subject=S_MEX),
        Q("4", "4 en Guerrero y uno en Oaxaca\nLas", key="gro_s", value=4, unit="people", qualifier=None, subject=S_GRO),
        Q("uno", "uno en Oaxaca\nLas", key="oax_s", value=1, unit="people", qualifier=None, subject=S_OAX),
        Q("217", "elevado a 217", key="toll1", value=217, unit="people", qualifier=None, subject=S_TOLL),
        Q("7,1", "magnitud 7,1 en la escala", key="mag1", value=7.1, unit="magnitude", qualifier=None, subject=S_MAG),
        R("este martes", note="19 September 2017"),
        Q("217", "subido a 217", key="toll2", value=217, unit="people", qualifier=None, subject=S_TOLL),
        Q("86", "con 86 víctimas", key="cdmx2", value=86, unit="people", qualifier=None, subject=S_CDMX),
        T('"Hasta el momento se reportan 217 fallecidos: 86 en Ciudad de México, 71 en Morelos, 43 en Puebla, 12 en Estado de México, 4 en Guerrero y uno en Oaxaca"',
          key="q_tweet", speaker=PUENTE, attribution="ha indicado en un breve mensaje en la citada red social (Puente on Twitter)"),
        Q("217", "reportan 217", key="toll_tw", value=217, unit="people", qualifier=None, subject=S_TOLL, note="inside the quote"),
        Q("86", "217 fallecidos: 86", key="cdmx_tw", value=86, unit="people", qualifier=None, subject=S_CDMX),
        Q("71", '71 en Morelos, 43 en Puebla, 12 en Estado de México, 4 en Guerrero y uno en Oaxaca"', key="mor_tw",
          value=71, unit="people", qualifier=None, subject=S_MOR),
        Q("43", '43 en Puebla, 12 en Estado de México, 4 en Guerrero y uno en Oaxaca"', key="pue_tw",
          value=43, unit="people", qualifier=None, subject=S_PUE),
        Q("12", '12 en Estado de México, 4 en Guerrero y uno en Oaxaca"', key="mex_tw",
          value=12, unit="people", qualifier=None, subject=S_MEX),
        Q("4", '4 en Guerrero y uno en Oaxaca"', key="gro_tw", value=4, unit="people", qualifier=None, subject=S_GRO),
        Q("uno", 'uno en Oaxaca"', key="oax_tw", value=1, unit="people", qualifier=None, subject=S_OAX),
        Q("216", "de 216", value=216, unit="people", qualifier=None,
          subject=S_TOLL + " (reported minutes earlier, superseded)"),
        Q("7,1", "estimado en 7,1", key="mag2", value=7.1, unit="magnitude", qualifier=None, subject=S_MAG),
        N("13.14", reason="time"),
        Q("12", "a 12 kilómetros", value=12, unit="kilometers", qualifier=None, subject="distance of the epicentre from Axochiapan"),
        Q("120", "a 120 kilómetros", value=120, unit="kilometers", qualifier=None, subject="distance of Mexico City from the epicentre"),
        T('"inmediato"', speaker=EPN, attribution="ha anunciado en Twitter su regreso", note="one-word partial quote of his tweet"),
        T('"para evaluar la situación y coordinar acciones"', speaker=EPN,
          attribution="El mandatario también ha convocado el Comité Nacional de Emergencias", note="partial quote of his tweet"),
        N("pic.twitter.com/uz4UsskjkI", reason="identifier", note="embedded tweet link"),
        N("19 de septiembre de 2017", "(@InfoEmerg) 19 de septiembre de 2017", reason="chrome", note="embedded tweet timestamp"),
    ],
)

DOCS["509_unotv"] = dict(
    ext="txt", language="es", comments_from=None,
    items=[
        R("hoy", "pero hoy"),
        Q("21", "de 21 niños", key="rebch", value=21, unit="people", qualifier=None, subject=S_REB_CH),
        Q("cinco", "cinco adultos", key="rebad", value=5, unit="people", qualifier=None, subject=S_REB_AD),
        Q("7.1", "7.1 grados", key="mag", value=7.1, unit="magnitude", qualifier=None, subject=S_MAG, note="'7.1 grados'"),
        D("85", "sismo del 85", key="y1985", date="1985", note="two-digit year: the 1985 earthquake"),
    ],
)

DOCS["510_lne"] = dict(
    ext="txt", language="es", comments_from=None,
    items=[
        T('"No dio tiempo a nada. De repente, todo se vino abajo"', speaker=None,
          attribution="aseguró ayer una de las maestras del colegio", note="unnamed teacher"),
        R("ayer", "aseguró ayer", note="20 September 2017"),
        Q("37", "de 37", key="reb37", value=37, unit="people", qualifier=None,
          subject="people killed at the Enrique Rebsamen school",
          note="'Un total de 37 personas fallecieron al colapsar el centro'; other reports give 25-26 dead (37 is elsewhere the number trapped)"),
        Q("32", "32 son niños", key="rebch", value=32, unit="people", qualifier=None, subject=S_REB_CH),
        Q("315", "de 315", value=315, unit="people", qualifier=None, subject="students who got out of the Enrique Rebsamen school"),
        Q("treinta", "de treinta desaparecidos", key="miss30", value=30, unit="people", qualifier=None, subject=S_REB_MISS,
          note="'Llegó a hablarse de treinta desaparecidos'"),
        T('"¡Aquí hay niños, ayuden!"', speaker=None, attribution="gritaba uno de los rescatadores"),
        T('"Una chica que se llama Frida habló por Whatsapp con su madre anoche y le dijo donde estaba, para que la pudieran ubicar"',
          speaker="Maria Elena Villasenor", attribution="aseguró la voluntaria María Elena Villaseñor"),
        R("anoche", "madre anoche", note="inside the quote"),
    ],
)

GROUPS = [
    ("quantity", "agree",
     [("501", "mag"), ("502", "mag"), ("503", "mag"), ("504", "mag"), ("505", "mag"), ("506", "mag1"), ("506", "mag2"),
      ("508", "mag_h"), ("508", "mag1"), ("508", "mag2"), ("509", "mag")],
     "magnitude 7.1 / 7,1 / 7.1 grados (506's first reading of 6,8 is left out)"),
    ("date", "agree", [("501", "qdate"), ("501", "qdate_tw"), ("503", "cap1"), ("503", "cap2"), ("507", "qdate")],
     "day of the earthquake: Sept. 19 / 19/09/17 / Sept. 19, 2017 (captions) / 19 de septiembre"),
    ("date", "agree", [("503", "y1985"), ("504", "y1985"), ("506", "d1985"), ("509", "y1985")],
     "the 1985 earthquake: 1985 / 19 de septiembre de 1985 / del 85"),
    ("quantity", "agree", [("502", "pop"), ("503", "pop"), ("507", "pop")],
     "Mexico City has 20 million people (unos 20 millones)"),
    ("quantity", "agree", [("505", "twoweeks"), ("506", "twoweeks")],
     "the quake came two weeks after the 7 September earthquake"),
    ("quantity", "agree", [("503", "bld44"), ("504", "bld44"), ("506", "bld44")],
     "first count of collapsed buildings in Mexico City (night of 19-20 September): at least 44 (Mancera) / 44 announced previously / 44 emplazamientos (Puente)"),
    ("quantity", "agree", [("504", "bld38"), ("507", "bld38")],
     "revised count of collapsed buildings in Mexico City: 38 (Mancera 20 Sept.; Pena Nieto). Not grouped with the earlier 44 or 27: counts at other times"),
    ("quantity", "single-source", [("506", "toll250"), ("506", "toll248")],
     "night of 19-20 September: lead 'Más de 250' vs Puente's 248 in the body; incompatible, but single-source because both are in one document"),
    ("quantity", "agree",
     [("503", "toll_h"), ("503", "toll"), ("503", "toll217"), ("508", "toll_h"), ("508", "toll1"), ("508", "toll2"), ("508", "toll_tw")],
     "national toll on the morning of 20 September: 217 (Puente) = more than 200. Tolls at other times (248, 245, 273, almost 300, more than 300, 324) are kept apart"),
    ("quantity", "single-source", [("502", "toll_h"), ("502", "toll")], "toll of 21 September: 273 / at least 273"),
    ("quantity", "single-source", [("502", "b10_h"), ("502", "b10")], "search focused on 10 collapsed buildings"),
    ("quantity", "single-source", [("501", "toll"), ("501", "toll_tw")], "toll of about 27 September: 324 (body and tweet)"),
    ("quantity", "single-source", [("501", "cdmx"), ("501", "cdmx_tw")], "324 toll: 186 in Mexico City"),
    ("quantity", "single-source", [("501", "mor"), ("501", "mor_tw")], "324 toll: 73 in Morelos"),
    ("quantity", "single-source", [("501", "pue"), ("501", "pue_tw")], "324 toll: 45 in Puebla"),
    ("quantity", "single-source", [("501", "mex"), ("501", "mex_tw")], "324 toll: 13 in the State of Mexico"),
    ("quantity", "single-source", [("501", "gro"), ("501", "gro_tw")], "324 toll: six / 6 in Guerrero"),
    ("quantity", "single-source", [("501", "oax"), ("501", "oax_tw")], "324 toll: one / 1 in Oaxaca"),
    ("quantity", "single-source", [("508", "cdmx_s"), ("508", "cdmx2"), ("508", "cdmx_tw")],
     "217 toll: 86 in Mexico City (506's 86 belongs to the earlier 248 report and is not grouped)"),
    ("quantity", "single-source", [("508", "mor_s"), ("508", "mor_tw")], "217 toll: 71 in Morelos"),
    ("quantity", "single-source", [("508", "pue_s"), ("508", "pue_tw")], "217 toll: 43 in Puebla"),
    ("quantity", "single-source", [("508", "mex_s"), ("508", "mex_tw")], "217 toll: 12 in the State of Mexico"),
    ("quantity", "single-source", [("508", "gro_s"), ("508", "gro_tw")], "217 toll: 4 in Guerrero"),
    ("quantity", "single-source", [("508", "oax_s"), ("508", "oax_tw")], "217 toll: uno in Oaxaca"),
    ("quantity", "single-source", [("505", "rebch_h"), ("505", "rebch1"), ("505", "rebch2")],
     "final count: 19 children killed at the Rebsamen school (22 September)"),
    ("quantity", "contradict", [("509", "rebch"), ("510", "rebch")],
     "children killed at the Rebsamen school in the counts of 20 September: 21 niños (Uno TV, Nuno's figure) vs 32 niños (La Nueva Espana, 21 Sept., reporting 'ayer')"),
    ("quantity", "agree", [("505", "miss30"), ("510", "miss30")],
     "early report of about 30 missing at the school (the president, 19 September): another 30 / treinta desaparecidos"),
]

# --------------------------------------------------------------------------


def build():
    goldkit.build(HERE, DOCS, GROUPS, MARKS)


if __name__ == "__main__":
    build()
