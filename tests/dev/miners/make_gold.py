"""Build the gold YAML files of /work/real/miners (Chilean miners, 2010) from the hand-written spec below.

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

URZUA = "Luis Urzua"
PINERA = "Sebastian Pinera"

S_33 = "miners trapped in the San Jose mine"
S_AGE = "age of Luis Urzua"
S_TRAPPED = "total time the miners were trapped underground"
S_FOUND = "time from the collapse until the miners were found alive (22 August)"
S_SHAFT = "length of the rescue shaft travelled by the capsule"
S_DEPTH = "depth at which the miners were trapped"
S_RESCUE_H = "duration of the rescue operation (first to last miner)"
S_32 = "miners trapped with Luis Urzua (the other 32)"

DOCS["401_zeenews"] = dict(
    ext="txt", language="en", comments_from=None,
    items=[
        Q("33", "All 33 trapped Chilean", key="n33_h", value=33, unit="miners", qualifier=None, subject=S_33,
          note="headline"),
        T("‘miracle’", key="q_miracle", speaker=None, attribution="(headline; 'many call a miracle' in the lead)",
          note="scare quote in the headline, unattributed"),
        Q("two", "An extraordinary two-month", key="twomonth_lead", value=2, unit="months", qualifier=None,
          subject=S_TRAPPED, note="'two-month survival story' (lead)"),
        Q("33", "Chile`s 33 trapped", key="n33", value=33, unit="miners", qualifier=None, subject=S_33),
        R("Wednesday", "capsule on Wednesday", note="rescue day (13 October 2010)"),
        Q("two", "as an extraordinary two-month", key="twomonth", value=2, unit="months", qualifier=None,
          subject=S_TRAPPED, note="'two-month survival story' (body, repeats the lead)"),
        Q("54", "Luis Urzua, 54", key="age", value=54, unit="years", qualifier=None, subject=S_AGE),
        Q("2,050", key="shaft", value=2050, unit="feet", qualifier=None, subject=S_SHAFT,
          note="'travel through 2,050 feet of rock to the surface' (about 625 m)"),
        Q("69", key="trapped", value=69, unit="days", qualifier=None, subject=S_TRAPPED),
        T('"Viva Chile!"', speaker=None, attribution="the crowd chanted"),
        T('"Mission Accomplished."', key="q_mission", speaker=None,
          attribution="Rescuers held up a sign in Spanish reading", note="text of a sign"),
        T('"I hand the shift over to you and hope this never happens again,"', key="q_handover", speaker=URZUA,
          attribution="he said ... hugging an emotional President Sebastian Pinera"),
        T('"I am proud to be Chilean."', key="q_proud", speaker=URZUA,
          attribution="(continues after 'he said')",
          note="second part of Urzua's words, after the attribution"),
    ],
)

DOCS["402_maltatoday"] = dict(
    ext="txt", language="en", comments_from=None,
    items=[
        Q("33", "rescue of the 33 miners", key="n33", value=33, unit="miners", qualifier=None, subject=S_33),
        R("yesterday", "San Jose mine yesterday", note="end of the rescue (13 October 2010)"),
        Q("54", "Luiz Urzua, 54", key="age", value=54, unit="years", qualifier=None, subject=S_AGE,
          note="name misspelt 'Luiz' in this sentence"),
        Q("22", "lasted 22 hours", key="rescue_h", value=22, unit="hours", qualifier=None, subject=S_RESCUE_H),
        Q("One", "One miner has been", value=1, unit="miners", qualifier=None,
          subject="rescued miners diagnosed with pneumonia", note="'One miner' read as a count, not a pronoun"),
        Q("48", "only 48 hours'", value=48, unit="hours", qualifier=None,
          subject="emergency provisions the miners had (meant to last)"),
        Q("17", "provisions for 17 days", key="found_days", value=17, unit="days", qualifier=None, subject=S_FOUND),
        D("5 August", key="collapse", date="--08-05"),
        Q("624", "the 624m rescue", key="shaft", value=624, unit="meters", qualifier=None, subject=S_SHAFT),
        N("2155", reason="time", note="21:55 local time, Urzua's arrival"),
        R("Wednesday", "2155 on Wednesday", note="13 October 2010"),
        N("0055 GMT", reason="time"),
        R("Thursday", "GMT on Thursday", note="14 October 2010 (GMT)"),
        Q("33", "last of the 33 miners", key="n33b", value=33, unit="miners", qualifier=None, subject=S_33),
        T('"We have done what the entire world was waiting for.”', key="q_done", speaker=URZUA,
          attribution="The shift supervisor at the mine ... then embraced the president and said",
          note="opens with a straight quote and closes with a typographic one"),
        T('"We had strength, we had spirit, we wanted to fight, we wanted to fight for our families, and that was the greatest thing,"',
          speaker=URZUA, attribution="he said"),
        T('"great captain"', speaker=PINERA, attribution="Describing him as a ... Pinera replied",
          note="partial quote"),
        T('"You are not the same, and the country is not the sa', speaker=PINERA, attribution="Pinera replied",
          note="cut off mid-word by the end of the excerpt"),
    ],
)

DOCS["403_cnn"] = dict(
    ext="txt", language="en", comments_from=None,
    items=[
        N("October 14th, 2010", reason="chrome", note="blog post timestamp"),
        N("06:51 AM ET", reason="time", note="blog post timestamp"),
        D("August 5", key="collapse", date="--08-05"),
        Q("32", "the 32 others", key="n32", value=32, unit="miners", qualifier=None, subject=S_32),
        Q("three", "into three work shifts", value=3, unit="shifts", qualifier=None,
          subject="work shifts Urzua organised underground"),
        Q("54", "Urzua, 54", key="age", value=54, unit="years", qualifier=None, subject=S_AGE),
        D("August 22", key="found_date", date="--08-22"),
        Q("17", "17 days after", key="found_days", value=17, unit="days", qualifier=None, subject=S_FOUND),
        R("that day", "On that day", note="anaphoric: August 22"),
        R("that day", "on the phone that day", note="anaphoric: August 22"),
        Q("two", "But two days later", value=2, unit="days", qualifier=None,
          subject="time from first contact to Urzua's first phone call with Pinera"),
        T('"Under a sea of rock, we are waiting for the whole of Chile to pull hard so that we can be taken out of this hell,"',
          speaker=URZUA, attribution="he told Chilean President Sebastian Pinera during their first phone call on August 24"),
        D("August 24", date="--08-24"),
        Q("31", "mining 31 years", key="career", value=31, unit="years", qualifier=None,
          subject="years Luis Urzua has worked in mining"),
        N("one", "would be the one", note="pronoun 'the one'"),
        N("one by one", "safety one by one", note="distributive, nothing counted"),
        Q("Twenty-two and a half", key="rescue_h", value=22.5, unit="hours", qualifier=None, subject=S_RESCUE_H,
          note="'Twenty-two and a half hours after the rescue began' (until the last miner)"),
        N("8:55 p.m. ET", reason="time"),
        R("Wednesday", "ET Wednesday", note="13 October 2010"),
    ],
)

DOCS["404_upi"] = dict(
    ext="txt", language="en", comments_from=None,
    items=[
        N("Aug. 22", "Chile, Aug. 22 (UPI)", reason="chrome", note="dateline"),
        Q("Thirty-three", key="n33", value=33, unit="miners", qualifier=None, subject=S_33),
        Q("17", "for 17 days", key="found_days", value=17, unit="days", qualifier=None, subject=S_FOUND),
        R("Sunday", "know Sunday", note="22 August 2010"),
        Q("2,300", key="depth", value=2300, unit="feet", qualifier=None, subject=S_DEPTH,
          note="'2,300 feet below the surface' (about 700 m)"),
        D("Aug. 5", "since Aug. 5", key="collapse", date="--08-05"),
        T('"We are fine in the Refuge. All 33,"', key="q_note", speaker=None,
          attribution="A note sent up from the miners ... said ... The Santiago Times reported",
          note="the miners' note; unsigned"),
        Q("33", "All 33,", key="n33_note", value=33, unit="miners", qualifier=None, subject=S_33,
          note="inside the quoted note"),
        N("about 3:15 p.m.", reason="time"),
        T('"Coming from the deepest point in this mine, comes a message from our miners who are telling us that they are alive, that they are all together, and that they are waiting to return to see the light of the sun and embrace their families,"',
          key="q_deepest", speaker=PINERA, attribution="Pinera said"),
        Q("500", value=500, unit="miles", qualifier=None, subject="distance from Santiago to the mine"),
        N("one", "sister of one miner", note="'one miner' = a miner, nothing counted"),
        T('"We have been dreaming of this moment, but we never thought it would happen."', speaker=None,
          attribution="A sister of one miner told the Times", note="unnamed relative"),
        Q("up to four", value=4, unit="months", qualifier="at_most", key="months4",
          subject="estimated time needed to bring the miners to the surface"),
    ],
)

DOCS["405_elsiglodetorreon"] = dict(
    ext="txt", language="es", comments_from=None,
    items=[
        T("'esto nunca más vuelva a ocurrir'", key="q_nunca_lead", speaker=URZUA,
          attribution="le pidió esta noche al presidente chileno Sebastián Piñera que le garantice que",
          note="partial quote in the lead; straight single quotes"),
        R("esta noche", "pidió esta noche", note="13 October 2010"),
        N("Fénix 2", reason="identifier", note="name of the capsule"),
        Q("70", "tras permanecer 70 días", key="trapped", value=70, unit="days", qualifier=None, subject=S_TRAPPED),
        T("'le cedo el turno como habíamos acordado el día que tuvimos la primera conversación'", key="q_handover",
          speaker=URZUA, attribution="Urzúa le estrechó la mano a Piñera y emocionado le dijo"),
        T("'Espero que esto nunca más nos vuelva a ocurrir'", key="q_espero", speaker=URZUA,
          attribution="añadió el trabajador de 54 años de edad"),
        Q("54", "54 años", key="age", value=54, unit="years", qualifier=None, subject=S_AGE),
        D("5 de agosto", key="collapse", date="--08-05"),
        T("'como jefe máximo del país, estoy orgulloso de lo que ha hecho'", speaker=URZUA,
          attribution="Urzúa le expresó además a Piñera que"),
        Q("32", "32 compañeros", key="n32", value=32, unit="miners", qualifier=None, subject=S_32),
        Q("70", "que permanecieron 70 días", key="trapped2", value=70, unit="days", qualifier=None, subject=S_TRAPPED),
        Q("622", value=622, unit="meters", qualifier=None, key="depth", subject=S_DEPTH,
          note="'permanecieron 70 días atrapados ... a 622 metros de profundidad'; 622 m is elsewhere the shaft length"),
        T("'Gracias a todos, gracias a los rescatistas, gracias a Chile, a todas las personas que han cooperado. Siento un placer de ser chileno, orgulloso de vivir en este país'",
          speaker=URZUA, attribution="concluyó el último minero rescatado de la mina San José"),
        N("21:55", reason="time"),
        N("00:55 GMT", reason="time"),
        Q("22", "22 horas", key="rescue_h", value=22, unit="hours", qualifier=None, subject=S_RESCUE_H),
        Q("33", "33 mineros", key="n33", value=33, unit="miners", qualifier=None, subject=S_33),
        Q("seis", "los seis socorristas", key="rescuers6", value=6, unit="rescuers", qualifier=None,
          subject="rescuers who went down the mine and remained after the last miner"),
    ],
)

DOCS["406_nacion"] = dict(
    ext="txt", language="es", comments_from=None,
    items=[
        T("“Le sirvo el turno como habíamos acordado el día en que tuvimos la primera conversación. Espero que esto nunca más vuelva a ocurrir. Gracias a todos”",
          key="q_handover", speaker=URZUA, attribution="le dijo Urzúa al presidente Sebastián Piñera"),
        Q("622", value=622, unit="meters", qualifier=None, key="shaft", subject=S_SHAFT,
          note="'un ducto desde 622 metros de profundidad'"),
        Q("10", "durante 10 minutos", value=10, unit="minutes", qualifier=None,
          subject="duration of Urzua's ascent in the capsule"),
        T("“Recibo su turno y lo felicito porque cumplió con su deber, saliendo el último como un capitán, nos sentimos orgullosos de todos y cada uno de los mineros”",
          speaker=PINERA, attribution="le respondió el mandatario"),
        Q("casi 22", value=22, unit="hours", qualifier="about", key="rescue_h", subject=S_RESCUE_H,
          note="'casi' read as approximate"),
        R("la medianoche del martes", note="start of the rescue, midnight of Tuesday 12 October 2010"),
        Q("seis", "los seis socorristas", key="rescuers6", value=6, unit="rescuers", qualifier=None,
          subject="rescuers who went down the mine and remained after the last miner"),
        T("“Misión Cumplida”", key="q_mission", speaker=None, attribution="una pancarta que decía",
          note="text of a banner"),
        Q("78", value=78, unit="trips", qualifier=None, subject="trips made by the Fénix II capsule"),
        R("Anoche", note="13 October 2010"),
        D("22 de agosto", key="found_date", date="--08-22"),
        Q("más de 600", value=600, unit="meters", qualifier="more_than", key="depth", subject=S_DEPTH,
          note="'la perforadora que los ubicó más de 600 metros bajo tierra'"),
        T("“todos querían abrazar el martillo”", speaker=URZUA,
          attribution="Anoche, él dio algunos detalles ... indicando que",
          note="'él' read as Urzua (the subject of the article); the previous paragraph is about the rescuers and the capsule"),
        T('"Estamos bien en el refugio los 33"', key="q_note", speaker=None, attribution="el que decía",
          note="the miners' note; unsigned"),
        Q("33", "refugio los 33", key="n33_note", value=33, unit="miners", qualifier=None, subject=S_33,
          note="inside the quoted note"),
        Q("53", value=53, unit="years", qualifier=None, subject="age of Franklin Lobos"),
        Q("dos", "dos o tres veces", value=2, unit="times", qualifier="at_least",
          subject="times Franklin Lobos kicked the ball", note="range 'dos o tres veces': lower bound"),
        Q("tres", "dos o tres veces", value=3, unit="times", qualifier="at_most",
          subject="times Franklin Lobos kicked the ball", note="range 'dos o tres veces': upper bound"),
        T("“Franklin, ganaste el partido de tu vida”", speaker=PINERA, attribution="le dijo",
          note="speaker resolved from context: Lobos has just hugged Piñera, who addresses him"),
    ],
)

DOCS["407_diariocritico"] = dict(
    ext="txt", language="es", comments_from=None,
    items=[
        R("esta noche", note="13 October 2010"),
        Q("33", "último de los 33 mineros", key="n33", value=33, unit="miners", qualifier=None, subject=S_33),
        R("este miércoles", "rescatados este miércoles", note="13 October 2010"),
        Q("32", "otros 32 mineros", key="n32", value=32, unit="miners", qualifier=None, subject=S_32),
        Q("17", "17 días", key="found_days", value=17, unit="days", qualifier=None, subject=S_FOUND),
        R("este miércoles", "rescatarlos este miércoles", note="13 October 2010"),
        Q("70", "70 días", key="trapped", value=70, unit="days", qualifier=None, subject=S_TRAPPED),
        Q("54", "54 años", key="age", value=54, unit="years", qualifier=None, subject=S_AGE),
        Q("más de tres", "más de tres décadas", key="career", value=3, unit="decades", qualifier="more_than",
          subject="years Luis Urzua has worked in mining"),
        T("“Fue una gran emoción abajo y también aquí arriba. Esto no lo vamos a olvidar nunca”", speaker=PINERA,
          attribution="dijo el gobernante"),
        Q("33", "rescate de los 33 mineros", key="n33b", value=33, unit="miners", qualifier=None, subject=S_33),
        Q("632", value=632, unit="meters", qualifier=None, key="depth", subject=S_DEPTH,
          note="'permanecieron a 632 metros de profundidad'"),
        D("5 de agosto", key="collapse", date="--08-05"),
    ],
)

DOCS["408_lne"] = dict(
    ext="txt", language="es", comments_from=None,
    items=[
        R("ayer", note="22 August 2010"),
        Q("33", "los 33 mineros atrapados", key="n33", value=33, unit="miners", qualifier=None, subject=S_33),
        Q("17", "17 días", key="found_days", value=17, unit="days", qualifier=None, subject=S_FOUND),
        Q("700", value=700, unit="meters", qualifier=None, key="depth", subject=S_DEPTH),
        T("«Esto salió de las entrañas de la montaña, de los más profundo de esta mina y es el mensaje de nuestros mineros que nos dicen que están vivos»",
          key="q_deepest", speaker=PINERA, attribution="exclamó el mandatario"),
        T("«Estamos bien en el refugio los 33»", key="q_note", speaker=None,
          attribution="Piñera leyó el mensaje que los propios obreros enviaron ... la frase",
          note="the miners' note; unsigned"),
        Q("33", "refugio los 33»", key="n33_note", value=33, unit="miners", qualifier=None, subject=S_33,
          note="inside the quoted note"),
        T("«están unidos, por volver a ver la luz del sol y abrazar a sus familiares»", key="q_unidos",
          speaker=PINERA, attribution="Piñera agregó que"),
        T("«la fuerza, el valor y el coraje»", speaker=PINERA, attribution="Piñera elogio"),
        Q("32", "32 trabajadores chilenos", value=32, unit="miners", qualifier=None,
          subject="Chilean miners among the 33"),
        Q("un", "y un boliviano", value=1, unit="miners", qualifier=None, subject="Bolivian miners among the 33",
          note="'un boliviano' read as a count (32 Chileans and one Bolivian)"),
        T("«han resistido más de dos semanas solos en las profundidades de la montaña»", speaker=PINERA,
          attribution="Piñera elogio ... de los ... atrapados ... que"),
        Q("más de dos", "más de dos semanas", key="found_weeks", value=2, unit="weeks", qualifier="more_than",
          subject=S_FOUND, note="inside Piñera's quote"),
        T("«que nunca perdieron la esperanza»", speaker=PINERA, attribution="También agradeció a los familiares"),
        Q("cuatro", "cuatro meses", key="months4", value=4, unit="months", qualifier=None,
          subject="estimated time needed to bring the miners to the surface", note="'podría demorarse cuatro meses'"),
    ],
)

GROUPS = [
    ("quantity", "agree",
     [("401", "n33_h"), ("401", "n33"), ("402", "n33"), ("402", "n33b"), ("404", "n33"), ("404", "n33_note"),
      ("405", "n33"), ("406", "n33_note"), ("407", "n33"), ("407", "n33b"), ("408", "n33"), ("408", "n33_note")],
     "33 miners: 33 / Thirty-three / 33 mineros, including the 33 inside the quoted note"),
    ("quantity", "agree", [("401", "age"), ("402", "age"), ("403", "age"), ("405", "age"), ("407", "age")],
     "Luis Urzua is 54"),
    ("date", "agree", [("402", "collapse"), ("403", "collapse"), ("404", "collapse"), ("405", "collapse"),
                       ("407", "collapse")],
     "mine collapse: 5 August / August 5 / Aug. 5 / 5 de agosto (2010)"),
    ("date", "agree", [("403", "found_date"), ("406", "found_date")],
     "miners found alive / first contact: August 22 / 22 de agosto (404's dateline 'Aug. 22' is chrome)"),
    ("quantity", "agree",
     [("402", "found_days"), ("403", "found_days"), ("404", "found_days"), ("407", "found_days"),
      ("408", "found_days"), ("408", "found_weeks")],
     "17 days from the collapse to the discovery; Piñera's 'más de dos semanas' is compatible"),
    ("quantity", "contradict",
     [("401", "twomonth_lead"), ("401", "twomonth"), ("401", "trapped"), ("405", "trapped"), ("405", "trapped2"),
      ("407", "trapped")],
     "total time trapped: 69 days (401) vs 70 días (405 twice, 407); 'two-month' (401) fits both. "
     "5 Aug to 13 Oct is 69 days elapsed; Urzua came out late on the 70th day counted inclusively"),
    ("quantity", "contradict", [("401", "shaft"), ("402", "shaft"), ("406", "shaft")],
     "length of the rescue shaft: 2,050 feet (~625 m, 401) vs 624 m (402) vs 622 metros (406)"),
    ("quantity", "contradict",
     [("404", "depth"), ("408", "depth"), ("406", "depth"), ("405", "depth"), ("407", "depth")],
     "depth at which the miners were trapped: 2,300 feet (~700 m, 404) = 700 metros (408), 'más de 600' (406) fits; "
     "vs 622 metros (405) and 632 metros (407), which also contradict each other (622/632 are near the shaft length)"),
    ("quantity", "agree", [("402", "rescue_h"), ("403", "rescue_h"), ("405", "rescue_h"), ("406", "rescue_h")],
     "rescue operation lasted 22 hours / Twenty-two and a half hours / 22 horas / casi 22 horas: read as rounding"),
    ("quantity", "agree", [("403", "n32"), ("405", "n32"), ("407", "n32")],
     "the 32 other miners trapped with Urzua"),
    ("quantity", "agree", [("403", "career"), ("407", "career")],
     "Urzua's mining career: 31 years vs 'más de tres décadas' (different units, compatible)"),
    ("quantity", "agree", [("405", "rescuers6"), ("406", "rescuers6")], "six rescuers still in the mine"),
    ("quantity", "agree", [("404", "months4"), ("408", "months4")],
     "rescue estimated to take up to four months / cuatro meses"),
    ("quote", "agree", [("404", "q_note"), ("406", "q_note"), ("408", "q_note")],
     "the miners' note: 'Estamos bien en el refugio los 33' (406, 408) and UPI's translation 'We are fine in the Refuge. All 33'"),
    ("quote", "variant", [("404", "q_deepest"), ("408", "q_deepest")],
     "Pinera reading the note: UPI's English version is longer (it also contains 408's separate quote «están unidos...»); "
     "wording differs beyond translation ('deepest point in this mine' vs 'entrañas de la montaña, de los más profundo de esta mina')"),
    ("quote", "variant", [("401", "q_handover"), ("405", "q_handover"), ("406", "q_handover")],
     "Urzua handing over the shift to Pinera: 'I hand the shift over to you and hope this never happens again' (401), "
     "'le cedo el turno ...' (405), 'Le sirvo el turno ... Espero que esto nunca más vuelva a ocurrir. Gracias a todos' (406)"),
    ("quote", "single-source", [("405", "q_nunca_lead"), ("405", "q_espero")],
     "405 quotes Urzua's wish twice: 'esto nunca más vuelva a ocurrir' (lead) and 'Espero que esto nunca más nos vuelva a ocurrir'"),
    ("quote", "agree", [("401", "q_mission"), ("406", "q_mission")],
     "the rescuers' sign: 'Mission Accomplished' (401, described as a sign in Spanish) = 'Misión Cumplida' (406)"),
]

# --------------------------------------------------------------------------


def build():
    goldkit.build(HERE, DOCS, GROUPS, MARKS)


if __name__ == "__main__":
    build()
