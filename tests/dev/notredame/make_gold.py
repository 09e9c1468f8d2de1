"""Build the gold YAML files of tests/dev/notredame (the Notre-Dame de Paris fire of 15-16 April 2019 and its
aftermath) from the hand-written spec below.

Usage: python make_gold.py   (the shared builder, tests/goldkit.py, with a new spec)

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
              pairs={"“": "”", "«": "»", '"': '"', "‘": "’"})

MACRON = "Emmanuel Macron"
HIDALGO = "Anne Hidalgo"
NUNEZ = "Laurent Nunez"
AUPETIT = "Michel Aupetit"

# subjects
S_FF = "firefighters who fought the Notre-Dame fire (night of 15-16 April 2019)"
S_DUR = "time it took to put out the Notre-Dame fire"
S_AGE = "age of Notre-Dame cathedral"
S_INJ = "firefighters seriously injured fighting the Notre-Dame fire"
S_PIN = "donation pledged by the Pinault family (Artemis/Kering) for the reconstruction of Notre-Dame"
S_ARN = "donation pledged by the Arnault family and LVMH for the reconstruction of Notre-Dame"
S_BET = "donation pledged by the Bettencourt family (L'Oreal) for the reconstruction of Notre-Dame"
S_VIS = "visitors to Notre-Dame per year"
S_5Y = "time Macron gave for rebuilding Notre-Dame"
S_INV = "investigators working on the inquiry into the Notre-Dame fire"
S_WIN = "critical time window in which the cathedral was saved (Nunez)"

DOCS = {}

DOCS["701_theweek"] = dict(
    language="en",
    items=[
        R("last night", "in Paris last night", note="night of 15 April 2019"),
        Q("850", "the 850-year-old", key="age", value=850, unit="years", qualifier=None, subject=S_AGE,
          note="'850-year-old'"),
        Q("about 13m", key="vis", value=13000000, unit="visitors", qualifier="about", subject=S_VIS),
        T("“so sad tonight to see this part of all of us burn”", speaker=MACRON,
          attribution="French President Emmanuel Macron said he was"),
        R("tonight", "so sad tonight", note="inside the quote: 15 April 2019"),
        T("“Tonight, all Parisians and French people weep for this emblem of our communal history.”", speaker=HIDALGO,
          attribution="The Mayor of Paris, Anne Hidalgo, tweeted:"),
        R("Tonight", "“Tonight, all", note="inside the quote: 15 April 2019"),
        T("“with the people of France tonight,”", speaker="Theresa May",
          attribution="Theresa May tweeted that her thoughts were"),
        R("tonight", "France tonight", note="inside the quote: 15 April 2019"),
        T("“a symbol of France and our European culture”", speaker="Angela Merkel",
          attribution="German Chancellor Angela Merkel called the cathedral"),
        T("“so horrible to watch the massive fire”", speaker="Donald Trump",
          attribution="Donald Trump said it was"),
        Q("One", "One firefighter was", key="inj", value=1, unit="firefighters", qualifier=None, subject=S_INJ),
        N("6:30pm", reason="time"),
    ],
)

DOCS["702_globalnews"] = dict(
    language="en",
    items=[
        N("April 15, 2019", "April 15, 2019 1:18", reason="chrome", note="page timestamp"),
        N("1:18 pm", reason="time", note="page timestamp"),
        N("April 16, 2019", "Updated: April 16, 2019", reason="chrome", note="page timestamp (update)"),
        N("7:56 am", reason="time", note="page timestamp"),
        R("Monday evening", "early Monday evening", note="15 April 2019"),
        Q("one", "left one firefighter", key="inj", value=1, unit="firefighters", qualifier=None, subject=S_INJ),
        R("Tuesday", "said on Tuesday, local time", note="16 April 2019"),
        D("1220", "the year 1220", date="1220", note="date of the roof structure (Chauvet)"),
        T("“The framework from the 13th century is called a forest, because it required a forest of trees to build it,”",
          speaker="Patrick Chauvet", attribution="Chauvet said (introduced in the sentence before as Msgr. Patrick Chauvet, the church's rector)"),
        N("13th", "the 13th century", reason="ordinal", note="century ordinal, not annotated as a date (as maria's 'siglo XX')"),
        D("1160", "the year 1160", date="1160", note="earliest date of the timber of the roof beams"),
        R("Tuesday", "cathedral on Tuesday —", note="16 April 2019"),
        T("“worst has been avoided although the battle is not yet totally won.”", key="q_worst", speaker=MACRON,
          attribution="French President Emmanuel Macron said ... he noted that the"),
        Q("100 million euros", key="pin", value=100000000, unit="euros", qualifier=None, subject=S_PIN,
          note="pledged by François-Henri Pinault"),
        Q("C$151 million", value=151000000, unit="Canadian dollars", qualifier=None, subject=S_PIN,
          note="conversion of the 100 million euros"),
        T("‘we will rebuild’", key="q_rebuild", speaker=MACRON, attribution="France’s Macron says (video headline)"),
        R("Monday", "Hidalgo said Monday", note="15 April 2019; the excerpt ends here"),
    ],
)

DOCS["703_upi"] = dict(
    language="en",
    items=[
        R("Tuesday", "Cathedral Tuesday after fighting a major fire at the historic sanctuary. Photo by Eco Clement/UPI\n",
          note="photo caption: 16 April 2019"),
        R("Tuesday", "Cathedral Tuesday after fighting a major fire at the historic sanctuary. Photo by Eco Clement/UPI |",
          note="photo caption repeated: 16 April 2019"),
        N("April 18", "April 18 (UPI)", reason="chrome", note="dateline (18 April 2019)"),
        R("Thursday", "France on Thursday", note="18 April 2019"),
        Q("hundreds", "honor hundreds of firefighters", key="ff_h", value=200, unit="firefighters",
          qualifier="at_least", subject=S_FF, note="rough count 'hundreds of firefighters'"),
        R("this week", "Cathedral this week", note="week of 15 April 2019"),
        Q("400", "the 400 firefighters", key="ff", value=400, unit="firefighters", qualifier=None, subject=S_FF),
        Q("850", "the 850-year-old", key="age", value=850, unit="years", qualifier=None, subject=S_AGE,
          note="'850-year-old'"),
        T("\"chain-reaction collapse,\"", speaker="Jose Vaz de Matos",
          attribution="said Jose Vaz de Matos, a fire expert with France's Culture Ministry"),
        Q("nine", "took nine hours", key="dur", value=9, unit="hours", qualifier=None, subject=S_DUR),
        T("\"We knew that the roof was burning, but we didn't really know the intensity,\"",
          speaker="Myriam Chudzinski", attribution="said firefighter Myriam Chudzinski, one of the first to reach the top"),
        TS("\"It was from upstairs", speaker="Myriam Chudzinski",
           attribution="(continues after said firefighter Myriam Chudzinski)"),
        N("6 p.m.", reason="time"),
        R("Monday", "6 p.m. Monday", note="15 April 2019"),
        Q("50", "A team of 50", key="inv", value=50, unit="people", qualifier=None, subject=S_INV,
          note="'A team of 50 inv[estigators]': the excerpt is cut inside the counted noun"),
    ],
)

DOCS["704_sbs"] = dict(
    language="en",
    items=[
        T("'crucial'", speaker=None, attribution="headline scare quote",
          note="straight single quotes used as quote marks; the word is not attributed in the excerpt"),
        Q("half", "'crucial' half hour", key="win_h", value=0.5, unit="hours", qualifier=None, subject=S_WIN,
          note="headline 'half hour window'"),
        Q("850", "Some weaknesses in the 850-year-old", key="age1", value=850, unit="years", qualifier=None,
          subject=S_AGE, note="'850-year-old'"),
        T("\"holding up OK\"", "was \"holding up OK\".", key="q_ok1", speaker=NUNEZ,
          attribution="deputy interior minister Laurent Nunez said the cathedral was"),
        R("Tuesday", "cathedral on Tuesday showed", note="16 April 2019"),
        R("Thursday", "continue into Thursday", note="18 April 2019"),
        Q("15-30", key="win", value=15, unit="minutes", qualifier="at_least", subject=S_WIN,
          note="range '15-30 minutes': one claim, at least the first number and at most the second (30), as heldout2's 'between 20 and 30'"),
        Q("400", "a team of 400", key="ff", value=400, unit="firefighters", qualifier=None, subject=S_FF),
        T("\"some weaknesses\"", speaker=NUNEZ, attribution="(same sentence as) he added"),
        Q("850", "\" in the 850-year-old", key="age2", value=850, unit="years", qualifier=None, subject=S_AGE,
          note="'850-year-old', repeated"),
        T("\"holding up OK\"", "\"holding up OK\", he", key="q_ok2", speaker=NUNEZ, attribution="he added (Laurent Nunez)"),
        R("Tuesday", "fire chiefs on Tuesday", note="16 April 2019"),
        T("\"risible\"", speaker=None, attribution="with one describing the US President's advice as (an unnamed French fire chief)"),
        R("Monday", "landmark on Monday", note="15 April 2019"),
        T("\"perhaps flying water tankers could be used to put it out. Must act quickly!\"", speaker="Donald Trump",
          attribution="Mr Trump tweeted that"),
        D("2016", "mass in 2016", date="2016", note="photo caption: date of the photo of a mass"),
    ],
)

DOCS["705_ctif"] = dict(
    language="en",
    items=[
        N("16 Apr 2019", reason="chrome", note="page date under the photo caption (16 April 2019)"),
        Q("800", "the 800 year old", key="age", value=800, unit="years", qualifier=None, subject=S_AGE,
          note="'800 year old' where the other English pages say 850-year-old"),
        N("19 o'clock", reason="time", note="'just before 19 o'clock'"),
        R("Monday night", "on Monday night", note="15 April 2019"),
        Q("Ten", "Ten hours later", key="dur1", value=10, unit="hours", qualifier=None, subject=S_DUR,
          note="'Ten hours later, the fire was extinguished'"),
        N("18.20", reason="time"),
        N("18.33", reason="time"),
        Q("400", "A total of 400", key="ff", value=400, unit="firefighters", qualifier=None, subject=S_FF),
        Q("more than ten", key="dur2", value=10, unit="hours", qualifier="more_than", subject=S_DUR,
          note="'fought against the fire for more than ten hours'"),
        Q("two", "The two iconic towers", value=2, unit="towers", qualifier=None,
          subject="towers of the west front that survived the fire"),
        Q("2 300", value=2300, unit="statues", qualifier=None, subject="statues and sculptures in the cathedral",
          note="space as thousands separator"),
        T("\"formidable\"", speaker=HIDALGO,
          attribution="in a tweet the Paris mayor Anne Hidalgo honoured everyone ... which she called"),
    ],
)

DOCS["706_alarabiya"] = dict(
    language="en",
    items=[
        Q("100 million euros", "aside 100 million euros", key="pin", value=100000000, unit="euros", qualifier=None,
          subject=S_PIN, note="pledge formalised on Tuesday 1 October 2019"),
        Q("$109 million", value=109000000, unit="dollars", qualifier=None, subject=S_PIN,
          note="conversion of the 100 million euros"),
        R("Tuesday", "Paris Tuesday", note="1 October 2019"),
        D("April 15", "fire on April 15", key="a15a", date="--04-15", note="day of the fire (2019)"),
        T("“everyone gives what he can according to his needs, but the big donors give us breathing room.”",
          speaker=AUPETIT, attribution="Paris Archbishop Michel Aupetit says"),
        Q("200 million euros", "pledging 200 million euros", key="arn", value=200000000, unit="euros",
          qualifier=None, subject=S_ARN),
        Q("$218 million", value=218000000, unit="dollars", qualifier=None, subject=S_ARN,
          note="conversion of the 200 million euros"),
        Q("200 million euros", "also promised 200 million euros", key="bet", value=200000000, unit="euros",
          qualifier=None, subject=S_BET, note="the Bettencourt Schueller Foundation"),
        R("last week", "Foundation last week", note="24 September 2019"),
        T("“It is certainly vulgar to make a gesture and then promote it, but the idea was to generate others,”",
          speaker="Francois Pinault", attribution="he said (Francois Pinault, named in the sentence before)"),
        T("“It came spontaneously during that evening, when we didn’t yet know whether the cathedral could be saved,”",
          speaker=AUPETIT, attribution="Aupetit said of the Pinault family’s pledge"),
        T("“It launched a movement that is still ongoing, because we still have 140 donations a week.”",
          speaker=AUPETIT, attribution="(continues after Aupetit said)"),
        Q("140", "140 donations", value=140, unit="donations", qualifier=None,
          subject="donations a week still received by the Notre Dame Foundation (late September 2019)",
          note="inside the quote; a rate per week"),
        Q("36 million euros", value=36000000, unit="euros", qualifier=None,
          subject="donations received by the Notre Dame Foundation from individuals, businesses and municipalities, 15 April - end of September 2019"),
        Q("$39 million", value=39000000, unit="dollars", qualifier=None,
          subject="donations received by the Notre Dame Foundation, 15 April - end of September 2019",
          note="conversion of the 36 million euros"),
        Q("46,000", value=46000, unit="individuals", qualifier=None,
          subject="individual donors to the Notre Dame Foundation, 15 April - end of September 2019"),
        Q("60", "60 businesses", value=60, unit="businesses", qualifier=None,
          subject="businesses donating to the Notre Dame Foundation, 15 April - end of September 2019"),
        Q("29", "29 municipalities", value=29, unit="municipalities", qualifier=None,
          subject="municipalities donating to the Notre Dame Foundation, 15 April - end of September 2019"),
        D("April 15", "between April 15", key="a15b", date="--04-15",
          note="start of the donation period = day of the fire (2019)"),
        D("the end of September", date="--09", note="end of the donation period (2019); 'the end of' as a period modifier"),
    ],
)

DOCS["707_tn"] = dict(
    language="es",
    items=[
        R("este lunes", "comenzó este lunes", note="15 April 2019"),
        Q("unos 400", key="ff1", value=400, unit="firefighters", qualifier="about", subject=S_FF),
        T("\"fue evitado\"", key="q_evitado", speaker=MACRON,
          attribution="el presidente Emmanuel Macron dijo que lo peor", note="partial quote"),
        N("18.50", reason="time"),
        N("13.50", reason="time", note="the same time in Argentina"),
        T("\"las consecuencias serían imprevisibles\"", speaker=None,
          attribution="los bomberos detallaron ... que si alcanzaban a las torres"),
        Q("400", "los 400 bomberos", key="ff2", value=400, unit="firefighters", qualifier=None, subject=S_FF),
        TS("\"Lo peor ya fue evitado", key="q_worst", speaker=MACRON, attribution="indicó Macron"),
        TS("\"Vamos a reconstruir", speaker=MACRON, attribution="aseguró ante la prensa (Macron, from the sentence before)"),
        T("\"Reconstruiremos la catedral\"", key="q_rebuild", speaker=MACRON,
          attribution="La promesa de Emmanuel Macron tras el incendio en Notre Dame: (link headline)"),
        N("\"destrucción involuntaria\"", reason="other", note="quoted name of the offence investigated, not words of a speaker"),
        Q("6,8 millones de dólares", value=6800000, unit="dollars", qualifier=None,
          subject="cost of the renovation works on the spire"),
        Q("6 millones de euros", value=6000000, unit="euros", qualifier=None,
          subject="cost of the renovation works on the spire", note="the same amount in euros"),
        Q("250", "250 toneladas", value=250, unit="tonnes", qualifier=None, subject="lead in the spire"),
    ],
)

DOCS["708_diariodecuyo"] = dict(
    language="es",
    items=[
        Q("dos", "dos de las mayores", value=2, unit="families", qualifier=None,
          subject="families among France's largest fortunes pledging donations (Arnault, Pinault)"),
        Q("200", "donación de 200 y 100", key="arn1", value=200000000, unit="euros", qualifier=None, subject=S_ARN,
          note="'200 y 100 millones': scale word shared with the next number; currency not said here (euros)"),
        Q("100 millones", "y 100 millones respectivamente", key="pin1", value=100000000, unit="euros",
          qualifier=None, subject=S_PIN, note="currency not said here (euros)"),
        TS("\"La familia Arnault y el grupo LVMH", speaker=None,
           attribution="escriben en un comunicado transmitido a la AFP (the Arnault family and LVMH)"),
        TS("\"harán una donación", key="q_don", speaker=None,
           attribution="El grupo de la familia de Bernard Arnault (statement)"),
        Q("200 millones de euros", "monto global de 200 millones de euros", key="arn2", value=200000000,
          unit="euros", qualifier=None, subject=S_ARN, note="inside the quote"),
        Q("unas 70", value=70, unit="brands", qualifier="about", subject="brands controlled by LVMH"),
        TS("\"a disposición del Estado", speaker=None, attribution="LVMH ... indica asimismo que pone"),
        R("la noche del lunes", note="15 April 2019"),
        Q("100 millones de euros", "donación de 100 millones de euros", key="pin2", value=100000000, unit="euros",
          qualifier=None, subject=S_PIN),
        TS("\"Mi padre", key="q_pin", speaker="Francois-Henri Pinault", attribution="indicó François-Henri Pinault"),
        Q("100 millones de euros", "suma de 100 millones de euros", key="pin3", value=100000000, unit="euros",
          qualifier=None, subject=S_PIN, note="inside the quote"),
        TS("\"Estoy en shock", speaker="Salma Hayek",
           attribution="escribió en Instagram (La actriz mexicana, named as Salma Hayek two paragraphs before)"),
        Q("82", "de 82 años", value=82, unit="years", qualifier=None, subject="age of François Pinault"),
        D("1992", date="1992", note="Kering founded"),
        D("2003", date="2003", note="since when François-Henri Pinault runs Kering"),
    ],
)

DOCS["709_contrapunto"] = dict(
    language="es",
    items=[
        T("«una donación de 200 millones de euros al fondo dedicado a la reconstrucción de la obra arquitectónica»",
          key="q_don1", speaker=None, attribution="La familia de Bernard Arnault ... realizará (lead)"),
        Q("200 millones de euros", "«una donación de 200 millones de euros al fondo dedicado a la reconstrucción de la",
          key="arn1", value=200000000, unit="euros", qualifier=None, subject=S_ARN, note="inside the quote (lead)"),
        Q("Decenas", "Decenas de instituciones", value=20, unit="institutions", qualifier="at_least",
          subject="institutions, companies and personalities offering donations",
          note="rough count 'Decenas de', read as at least 20 (as quake's 'decenas de edificios')"),
        N("“Nuestra Señora de París”", reason="other", note="quoted name of the cathedral"),
        Q("13 millones", key="vis", value=13000000, unit="people", qualifier=None, subject=S_VIS,
          note="'13 millones de personas cada año'"),
        R("este martes", "tarde de este martes", note="16 April 2019"),
        Q("hasta 750 millones de euros", value=750000000, unit="euros", qualifier="at_most",
          subject="total donations pledged for Notre-Dame by the afternoon of 16 April 2019",
          note="'hasta' = up to; here it reads 'as much as': the total reached by then"),
        T("«una donación de 200 millones de euros al fondo dedicado a la reconstrucción de esta obra arquitectónica, que forma parte de la Historia de Francia»",
          key="q_don2", speaker=None, attribution="señaló en un comunicado (the Arnault family)"),
        Q("200 millones de euros", "«una donación de 200 millones de euros al fondo dedicado a la reconstrucción de esta",
          key="arn2", value=200000000, unit="euros", qualifier=None, subject=S_ARN, note="inside the quote"),
        Q("cien millones", "aportar cien millones", key="pin", value=100000000, unit="euros", qualifier=None,
          subject=S_PIN, note="currency not said (euros)"),
        Q("200 millones", "otros 200 millones", key="bet", value=200000000, unit="euros", qualifier=None,
          subject=S_BET, note="'otros 200 millones' (the Bettencourt-Meyers family); currency not said"),
        Q("10", "poner de sus bolsillos 10", value=10000000, unit="euros", qualifier=None,
          subject="donation pledged by the Bouygues family", note="'10 y 20 millones respectivamente'"),
        Q("20 millones", "10 y 20 millones", value=20000000, unit="euros", qualifier=None,
          subject="donation pledged by the Decaux family"),
        Q("cien millones", "otros cien millones", value=100000000, unit="euros", qualifier=None,
          subject="donation pledged by Total", note="'otros cien millones'"),
        R("este martes", "Tusk, ya instó este martes", note="16 April 2019"),
    ],
)

DOCS["710_elplural"] = dict(
    language="es",
    items=[
        Q("200 millones de euros", "la donación de 200 millones de euros", key="arn1", value=200000000,
          unit="euros", qualifier=None, subject=S_ARN),
        TS("“La familia Arnault", key="q_don", speaker=None, attribution="reza el comunicado de la empresa"),
        Q("200 millones de euros", "suma total de 200 millones de euros", key="arn2", value=200000000,
          unit="euros", qualifier=None, subject=S_ARN, note="inside the quote"),
        TS("“se desbloquearán", key="q_pin", speaker=None, attribution="La familia Pinault ... ha anunciado que"),
        Q("100 millones de euros", key="pin", value=100000000, unit="euros", qualifier=None, subject=S_PIN,
          note="inside the quote"),
        T("\"conferencia internacional de donantes\"", "una \"conferencia internacional de donantes\"", key="q_conf1", speaker=HIDALGO,
          attribution="la alcaldesa de París, Anne Hidalgo, ha propuesto la celebración de una"),
        T("\"Propondré que se celebre una conferencia internacional de donantes\"", key="q_conf2", speaker=HIDALGO,
          attribution="ha afirmado la alcaldesa de París"),
        T("\"expertos\"", speaker=HIDALGO, attribution="antes de señalar que el objetivo será reunir a"),
        T("\"poder recabar los fondos\"", speaker=HIDALGO, attribution="(same sentence) para"),
    ],
)

DOCS["711_mcomdo"] = dict(
    language="es",
    items=[
        N("18.50", reason="time"),
        Q("siete", "siete más", value=7, unit="hours", qualifier=None,
          subject="time difference between Paris and Mexico City", note="'siete más que en la Ciudad de México'"),
        R("este lunes por la tarde", note="15 April 2019"),
        R("la mañana de este martes", note="16 April 2019"),
        T("“El fuego se ha extinguido en su totalidad”", speaker="Gabriel Plus",
          attribution="ha afirmado Plus (el portavoz de los bomberos, Gabriel Plus, named in the sentence before)"),
        T("“pueden quedar focos residuales”", speaker="Gabriel Plus", attribution="antes de puntualizar que"),
        Q("un centenar", value=100, unit="firefighters", qualifier="about",
          subject="firefighters still working at the cathedral on 16 April 2019"),
        T("“la cuestión ahora es el edificio, cómo va a resistir la estructura al incendio”", speaker=NUNEZ,
          attribution="El secretario de Estado de Interior, Laurent Núñez, subrayó que"),
        T("“potencialmente vinculado”", speaker=None, attribution="Según apuntaron en un primer momento las autoridades"),
        R("Este martes por la mañana", note="16 April 2019"),
        TS("“A priori", speaker="Franck Riester",
           attribution="el ministro francés de Cultura, Franck Riester, ha confirmado esta hipótesis:"),
    ],
)

DOCS["712_eluniversal"] = dict(
    language="es",
    items=[
        D("15 de abril", key="a15", date="--04-15",
          note="'El lunes 15 de abril' (the weekday left outside, as in quake); 2019"),
        N("18:20", reason="time"),
        N("18:40", reason="time"),
        Q("93", "93 metros", value=93, unit="meters", qualifier=None, subject="height of the spire"),
        Q("cinco", "sólo cinco años", key="y5a", value=5, unit="years", qualifier=None, subject=S_5Y),
        Q("400", "400\nbomberos", key="ff", value=400, unit="firefighters", qualifier=None, subject=S_FF,
          note="infographic figure"),
        Q("15", "trabajaron 15 horas", key="dur", value=15, unit="hours", qualifier=None, subject=S_DUR,
          note="'400 bomberos trabajaron 15 horas para aplacar las llamas'"),
        Q("1000\nmillones de euros", value=1000000000, unit="euros", qualifier=None,
          subject="total donations pledged for the reconstruction in two days (15-17 April 2019)",
          note="infographic: the number and the scale word on separate lines"),
        Q("dos", "sólo dos días", value=2, unit="days", qualifier=None,
          subject="time in which 1000 million euros were pledged"),
        Q("500 millones", value=500000000, unit="euros", qualifier=None,
          subject="donations pledged by the three billionaire families (Kering, LVMH, L'Oreal)"),
        Q("tres", "tres familias", value=3, unit="families", qualifier=None,
          subject="billionaire families pledging 500 million euros"),
        Q("Entre 5% y 10%", value=5, unit="percent", qualifier="at_least",
          subject="share of the works of art destroyed (first estimates)",
          note="range: one claim, at least the first number and at most the second (10)"),
        Q("50", "50\npersonas", key="inv", value=50, unit="people", qualifier=None, subject=S_INV),
        Q("140", "140\nempleados", value=140, unit="employees", qualifier=None,
          subject="employees questioned by investigators"),
        Q("5", "5\nempresas", value=5, unit="companies", qualifier=None,
          subject="companies working on the renovation"),
        Q("5", "5\naños", key="y5b", value=5, unit="years", qualifier=None, subject=S_5Y),
    ],
)

G = goldkit.Groups()
g = G.add

g("quantity", "agree",
  [("703", "ff_h"), ("703", "ff"), ("704", "ff"), ("705", "ff"), ("707", "ff1"), ("707", "ff2"), ("712", "ff")],
  "about 400 firefighters fought the fire (UPI's 'hundreds of firefighters' is compatible)")
g("quantity", "contradict",
  [("703", "dur"), ("705", "dur1"), ("705", "dur2"), ("712", "dur")],
  "time to put out the fire: nine hours (UPI) vs ten / more than ten hours (CTIF) vs 15 horas (El Universal)")
g("quantity", "contradict",
  [("701", "age"), ("703", "age"), ("704", "age1"), ("704", "age2"), ("705", "age")],
  "age of the cathedral: 850-year-old (The Week, UPI, SBS twice) vs '800 year old' (CTIF)")
g("quantity", "agree", [("701", "inj"), ("702", "inj")], "one firefighter seriously injured")
g("quantity", "agree",
  [("702", "pin"), ("706", "pin"), ("708", "pin1"), ("708", "pin2"), ("708", "pin3"), ("709", "pin"), ("710", "pin")],
  "Pinault family pledge: 100 million euros / 100 millones / cien millones")
g("quantity", "agree",
  [("706", "arn"), ("708", "arn1"), ("708", "arn2"), ("709", "arn1"), ("709", "arn2"), ("710", "arn1"),
   ("710", "arn2")],
  "Arnault family / LVMH pledge: 200 million euros")
g("quantity", "agree", [("706", "bet"), ("709", "bet")], "Bettencourt (L'Oreal) pledge: 200 million euros")
g("quantity", "agree", [("701", "vis"), ("709", "vis")], "about 13m / 13 millones visitors a year")
g("quantity", "agree", [("703", "inv"), ("712", "inv")], "50 investigators (UPI 'A team of 50 inv[...]', El Universal '50 personas')")
g("quantity", "single-source", [("712", "y5a"), ("712", "y5b")], "Macron's five years to rebuild ('cinco años', '5 años')")
g("quantity", "single-source", [("704", "win_h"), ("704", "win")],
  "the critical window: 'half hour' (headline) and '15-30 minutes' (body)")
g("date", "agree", [("706", "a15a"), ("706", "a15b"), ("712", "a15")], "15 April (2019), the day of the fire")
g("quote", "variant", [("702", "q_worst"), ("707", "q_evitado"), ("707", "q_worst")],
  "Macron: 'worst has been avoided although the battle is not yet totally won' / \"Lo peor ya fue evitado, pero la "
  "batalla todavía no está ganada...\" / partial \"fue evitado\" (translations of the same words)")
g("quote", "variant", [("702", "q_rebuild"), ("707", "q_rebuild")],
  "Macron: 'we will rebuild' / \"Reconstruiremos la catedral\"")
g("quote", "variant", [("708", "q_don"), ("709", "q_don1"), ("709", "q_don2"), ("710", "q_don")],
  "Arnault/LVMH statement: a donation of 200 million euros to the fund for the reconstruction of this architectural "
  "work, part of the history of France (AFP wording in 708, other translations in 709 twice and 710; 710 also "
  "includes the solidarity sentence that 708 quotes separately)")
g("quote", "variant", [("708", "q_pin"), ("710", "q_pin")],
  "Pinault: '(we have decided to release) 100 million euros to take part in the complete reconstruction of Notre Dame' "
  "(708 attributes it to François-Henri Pinault, 710 to the Pinault family)")
g("quote", "single-source", [("704", "q_ok1"), ("704", "q_ok2")], "Nunez: \"holding up OK\" (twice in SBS)")
g("quote", "single-source", [("710", "q_conf1"), ("710", "q_conf2")],
  "Hidalgo: \"conferencia internacional de donantes\" / \"Propondré que se celebre una conferencia internacional de donantes\"")


def build():
    goldkit.build(HERE, DOCS, G, MARKS)


if __name__ == "__main__":
    build()
