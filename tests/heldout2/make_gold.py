"""Build the gold YAML files of tests/heldout2 from the hand-written spec below.

Usage: python tests/heldout2/make_gold.py

Every claim and not_claim is located by an anchor (a unique context string in
the raw file text) so that offsets are computed, never typed.  Ids are assigned
per kind in document order; groups refer to claims by a local key.
"""
import html
import json
import re
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
GOLD = HERE / "gold"

OPEN_MARKS = ["&ldquo;", "&lsquo;", "“", "«", '"', "‘"]
CLOSE_MARKS = ["&rdquo;", "&rsquo;", "”", "»", '"', "’"]


def C(kind, text, anchor=None, key=None, **fields):
    return {"_c": True, "kind": kind, "text": text, "anchor": anchor, "key": key, **fields}


def Q(text, anchor=None, key=None, **f):
    return C("quantity", text, anchor, key, **f)


def D(text, anchor=None, key=None, **f):
    return C("date", text, anchor, key, **f)


def T(text, anchor=None, key=None, **f):
    return C("quote", text, anchor, key, **f)


def N(text, anchor=None, reason="other", note=None):
    return {"_c": False, "text": text, "anchor": anchor, "reason": reason, "note": note}


def R(text, anchor=None, key=None, **f):
    """Relative date."""
    return C("date", text, anchor, key, date=None, relative=True, **f)


def quote_words(span, is_html):
    s = span
    for m in OPEN_MARKS:
        if s.startswith(m):
            s = s[len(m):]
            break
    for m in CLOSE_MARKS:
        if s.endswith(m):
            s = s[: -len(m)]
            break
    if is_html:
        s = html.unescape(s)
    s = re.sub(r"\s+", " ", s).strip()
    if s.endswith(",") or s.endswith("."):
        s = s[:-1]
    return s


# --------------------------------------------------------------------------
# Spec
# --------------------------------------------------------------------------
DOCS = {}

DOCS["201_ap_monterrey"] = dict(
    ext="txt", language="en", comments_from=None,
    items=[
        N("Thursday, March 10, 2011", reason="chrome", note="update timestamp"),
        N("6:47 p.m.", reason="time", note="update timestamp"),
        Q("dozens", "letting dozens of", key="dozens", value=24, unit="gunmen", qualifier="at_least",
          subject="Zetas gunmen who slipped away because the army failed to act on U.S. intelligence",
          note="was a not_claim ('vague'); issue 10 reads a rough count as an open interval: at least 24"),
        R("Thursday", "released Thursday by", key="rel_thu"),
        N("09MONTERREY245", reason="identifier", note="cable id"),
        D("Oct. 14, 2009", key="cable_date", date="2009-10-14"),
        N("7th", "army's 7th Military", reason="ordinal", note="7th Military Zone"),
        Q("three", "on three occasions", key="occasions", value=3, unit="times", qualifier=None,
          subject="occasions on which the army failed to act on U.S. intelligence in Monterrey (2009 cable)"),
        D("March", "between March and", key="march", date="--03", note="no year given (2009 by context)"),
        D("August of 2009", key="august", date="2009-08"),
        N("one", "In one case", note="pronoun 'one' (one of the cases)"),
        N("Highway 85", reason="identifier", note="highway number"),
        Q("between 20 and 30", key="g20", value=20, unit="gunmen", qualifier="at_least",
          subject="Zetas gunmen gathering at the ranch U.S. agents located",
          note="range 'between 20 and 30': one claim, at least the first number and at most the second (30); issue 10"),
        Q("more than 48", key="h48", value=48, unit="hours", qualifier="more_than",
          subject="time soldiers took to respond to the tip about the ranch"),
        T('"The army\'s reluctance to act on actionable intelligence has become a pattern rather than an exception,"',
          key="q_pattern", speaker="Daniel Hargrove", attribution="Hargrove wrote"),
        T('"Commanders appear unwilling to risk casualties on information they did not generate themselves,"',
          key="q_commanders", speaker=None, attribution="according to the cable"),
        T('"Our contacts in the zone command describe a culture of waiting for orders from Mexico City,"',
          key="q_contacts", speaker=None, attribution="the cable said"),
        T('"Even when the information is specific and time-sensitive, no unit will move without written authorization.',
          key="q_evenwhen", speaker=None, attribution="the cable said",
          note="quote continues into the next paragraph (no closing mark at the paragraph end); the next paragraph is annotated separately"),
        T('"In practice this means a delay of one to two days, which is fatal to any operation against a mobile target."',
          key="q_practice", speaker=None, attribution="(the cable, continued)",
          note="continuation paragraph of the previous quote"),
        Q("one to two", "a delay of one to two", key="day1", value=1, unit="days", qualifier="at_least",
          subject="delay caused by waiting for written authorization",
          note="range 'one to two days': one claim, at least the first number and at most the second (2); issue 10"),
        Q("about 3,000", key="troops", value=3000, unit="troops", qualifier="about",
          subject="army troops deployed in Nuevo Leon"),
        N("third-largest", reason="rank"),
        Q("620", key="k620", value=620, unit="killings", qualifier=None,
          subject="drug-related killings in Nuevo Leon in 2010"),
        D("2010", "620 in 2010", key="k2010", date="2010"),
        Q("267", key="k267", value=267, unit="killings", qualifier=None,
          subject="drug-related killings in Nuevo Leon in 2009"),
        R("the year before"),
        T('"acts on every piece of credible information it receives, regardless of its origin."',
          key="q_actson", speaker="Humberto Lira Salas", attribution="Col. Humberto Lira Salas, a Defense Department spokesman, said the army"),
        Q("three", "all three major", key="parties3", value=3, unit="parties", qualifier=None,
          subject="major parties whose lawmakers complained about U.S. meddling"),
        T('"We are not going to accept lessons from the country that sells the cartels their rifles,"',
          key="q_lessons", speaker="Ernesto Cantu Lozano", attribution="said Sen. Ernesto Cantu Lozano"),
        T('"deeply regrets"', speaker="Karen Whitley",
          attribution="U.S. Embassy spokeswoman Karen Whitley ... saying in an e-mail that the United States"),
        Q("107", key="ex107", value=107, unit="people", qualifier=None,
          subject="people Mexico extradited to the United States in 2009", note="'a record 107'"),
        D("2009", "United States in 2009", key="ex2009", date="2009"),
        Q("94", key="ex94", value=94, unit="people", qualifier=None,
          subject="people Mexico extradited to the United States in 2010"),
        D("2010", "94 in 2010", key="ex2010", date="2010"),
        N("two", "between the two governments", note="'the two governments' = both governments, nothing counted"),
        Q("hundreds", value=200, unit="cables", qualifier="at_least",
          subject="cables about Mexico WikiLeaks has released since late 2010",
          note="was a not_claim ('vague'); issue 10 reads a rough count as an open interval: at least 200"),
        D("late 2010", date="2010", note="start of WikiLeaks' release of cables about Mexico"),
        N("2011", "Copyright 2011", reason="chrome"),
    ],
)

DOCS["208_courier_excerpt"] = dict(
    ext="txt", language="en", comments_from=None,
    items=[
        N("72°F", reason="chrome", note="weather widget"),
        N("Thursday, March 10, 2011", reason="chrome", note="posting timestamp"),
        N("7:02 pm", reason="time", note="posting timestamp"),
        Q("dozens", "letting dozens of", key="dozens", value=24, unit="gunmen", qualifier="at_least",
          subject="Zetas gunmen who slipped away because the army failed to act on U.S. intelligence",
          note="was a not_claim ('vague'); issue 10 reads a rough count as an open interval: at least 24"),
        R("Thursday", "released Thursday by", key="rel_thu"),
        D("Oct. 14, 2009", key="cable_date", date="2009-10-14"),
        Q("three", "on three occasions", key="occasions", value=3, unit="times", qualifier=None,
          subject="occasions on which the army failed to act on U.S. intelligence in Monterrey (2009 cable)"),
        D("March", "between March and", key="march", date="--03", note="no year given (2009 by context)"),
        D("August of 2009", key="august", date="2009-08"),
        N("one", "In one case", note="pronoun 'one' (one of the cases)"),
        Q("between 20 and 30", key="g20", value=20, unit="gunmen", qualifier="at_least",
          subject="Zetas gunmen gathering at the ranch U.S. agents located",
          note="range 'between 20 and 30': one claim, at least the first number and at most the second (30); issue 10"),
        Q("more than 48", key="h48", value=48, unit="hours", qualifier="more_than",
          subject="time soldiers took to respond to the tip about the ranch"),
        T('"The army\'s reluctance to act on actionable intelligence has become a pattern rather than an exception,"',
          key="q_pattern", speaker="Daniel Hargrove", attribution="Hargrove wrote"),
        T('"Commanders appear reluctant to risk casualties on information they did not generate themselves,"',
          key="q_commanders", speaker=None, attribution="according to the cable",
          note="INJECTED MISQUOTE: 'reluctant' where the AP original (201) has 'unwilling'"),
        T('"Our contacts in the zone command describe a culture of waiting for orders from Mexico City,"',
          key="q_contacts", speaker=None, attribution="the cable said"),
        T('"Even when the information is specific and time-sensitive, no unit will move without written authorization.',
          key="q_evenwhen", speaker=None, attribution="the cable said",
          note="quote continues into the next paragraph (no closing mark at the paragraph end); the next paragraph is annotated separately"),
        T('"In practice this means a delay of one to two days, which is fatal to any operation against a mobile target."',
          key="q_practice", speaker=None, attribution="(the cable, continued)",
          note="continuation paragraph of the previous quote"),
        Q("one to two", "a delay of one to two", key="day1", value=1, unit="days", qualifier="at_least",
          subject="delay caused by waiting for written authorization",
          note="range 'one to two days': one claim, at least the first number and at most the second (2); issue 10"),
        Q("about 3,000", key="troops", value=3000, unit="troops", qualifier="about",
          subject="army troops deployed in Nuevo Leon"),
        N("third-largest", reason="rank"),
        Q("620", key="k620", value=620, unit="killings", qualifier=None,
          subject="drug-related killings in Nuevo Leon in 2010"),
        D("2010", "620 in 2010", key="k2010", date="2010"),
        Q("267", key="k267", value=267, unit="killings", qualifier=None,
          subject="drug-related killings in Nuevo Leon in 2009"),
        R("the year before"),
        T('"acts on every piece of credible information it receives, regardless of its origin."',
          key="q_actson", speaker="Humberto Lira Salas", attribution="Col. Humberto Lira Salas, a Defense Department spokesman, said the army"),
        Q("three", "all three major", key="parties3", value=3, unit="parties", qualifier=None,
          subject="major parties whose lawmakers complained about U.S. meddling"),
        T('"We are not going to accept lessons from the country that sells the cartels their rifles,"',
          key="q_lessons", speaker="Ernesto Cantu Lozano", attribution="said Sen. Ernesto Cantu Lozano",
          note="the page is cut off mid-sentence right after the attribution"),
    ],
)

DOCS["204_proceso_monterrey"] = dict(
    ext="txt", language="es", comments_from=None,
    items=[
        N("11 de marzo de 2011", reason="chrome", note="publication date under the byline"),
        Q("cinco", "en cinco ocasiones", key="occasions", value=5, unit="times", qualifier=None,
          subject="occasions on which the army failed to act on U.S. intelligence in Monterrey (2009 cable)",
          note="INJECTED CONTRADICTION: AP (201/208) says three occasions"),
        N("09MONTERREY245", reason="identifier", note="cable id"),
        D("14 de octubre de 2009", key="cable_date", date="2009-10-14"),
        D("marzo", "entre marzo y", key="march", date="--03", note="'entre marzo y agosto de 2009': no year on marzo"),
        D("agosto de 2009", key="august", date="2009-08"),
        N("VII", "la VII Zona", reason="ordinal", note="VII Zona Militar (Roman numeral)"),
        N("uno", "En uno de los casos", note="pronoun 'uno de'"),
        N("carretera federal 85", reason="identifier", note="highway number"),
        Q("entre 20 y 30", key="g20", value=20, unit="gunmen", qualifier="at_least",
          subject="Zetas gunmen gathering at the ranch U.S. agents located",
          note="range 'entre 20 y 30 pistoleros': one claim, at least the first number and at most the second (30); issue 10"),
        Q("más de 48", key="h48", value=48, unit="hours", qualifier="more_than",
          subject="time soldiers took to respond to the tip about the ranch"),
        T("«La renuencia del Ejército a actuar con base en inteligencia procesable se ha convertido en un patrón y no en una excepción»",
          key="q_pattern", speaker="Daniel Hargrove", attribution="escribió Hargrove",
          note="Spanish translation of the English quote in 201/208"),
        Q("alrededor de 3 mil", key="troops", value=3000, unit="troops", qualifier="about",
          subject="army troops deployed in Nuevo Leon", note="'efectivos'"),
        Q("3 mil 200 millones de pesos", value=3200000000, unit="pesos", qualifier=None,
          subject="federal spending on the Operativo Conjunto Nuevo Leon-Tamaulipas in 2010"),
        D("2010", "de pesos en 2010", date="2010"),
        R("El año pasado", note="= 2010, year of the 620 killings"),
        Q("620", key="k620", value=620, unit="killings", qualifier=None,
          subject="drug-related killings in Nuevo Leon in 2010", note="'ejecuciones'"),
        Q("267", key="k267", value=267, unit="killings", qualifier=None,
          subject="drug-related killings in Nuevo Leon in 2009"),
        D("2009", "267 en 2009", date="2009"),
        D("enero", "reconoció en enero", date="--01", note="no year given (2011 by context)"),
        Q("34.612", key="deaths", value=34612, unit="people", qualifier=None,
          subject="deaths linked to organized crime, December 2006 - December 2010 (federal government count)",
          note="'muertes'; thousands separator '.'"),
        D("diciembre de 2006", key="dec2006", date="2006-12"),
        D("diciembre de 2010", key="dec2010", date="2010-12"),
        N("11:30 horas", reason="time"),
        T("«Ningún gobierno extranjero tiene autoridad para calificar el desempeño de nuestras Fuerzas Armadas»",
          key="q_ninguno", speaker="Ernesto Cantu Lozano", attribution="el panista Ernesto Cantú Lozano afirmó:",
          note="attribution in the preceding paragraph"),
        T("“confirma lo que los regiomontanos viven todos los días”", speaker="Leticia Quezada Ortega",
          attribution="la diputada perredista Leticia Quezada Ortega señaló que el documento"),
        T("«a más tardar el 31 de marzo»", speaker="Leticia Quezada Ortega",
          attribution="(Leticia Quezada Ortega) pidió que ... comparezca ... "),
        D("31 de marzo", date="--03-31", note="inside a partial quote; no year given (2011 by context)"),
        T("“Si el Ejército recibió la información y no actuó, alguien tiene que explicar por qué. Y si no la recibió, el cónsul mintió”",
          speaker="Leticia Quezada Ortega", attribution="dijo la legisladora"),
        T("«se tratará en privado»", speaker=None, attribution="Un asesor de la bancada aseguró a Proceso que el tema"),
        R("el jueves", "difundido el jueves"),
        D("2010", "en 2010 México extraditó", key="ex2010", date="2010"),
        Q("94", key="ex94", value=94, unit="people", qualifier=None,
          subject="people Mexico extradited to the United States in 2010"),
    ],
)

DOCS["205_jornada_armas"] = dict(
    ext="md", language="es", comments_from=None,
    items=[
        N('"Rastreo de armas: cables de WikiLeaks exhiben presión de México sobre Washington"',
          reason="chrome", note="YAML front matter title"),
        N("2012-04-26", reason="chrome", note="front matter publication date"),
        N("25 de abril", "*Washington, 25 de abril.*", reason="chrome", note="dateline"),
        Q("99 mil 691", key="guns_total", value=99691, unit="firearms", qualifier=None,
          subject="firearms seized in Mexico 2007-2011 and submitted to the ATF for tracing"),
        D("2007", "entre 2007 y 2011", key="tr2007", date="2007"),
        D("2011", "entre 2007 y 2011", key="tr2011", date="2011"),
        Q("86 mil 161", key="guns_us", value=86161, unit="firearms", qualifier=None,
          subject="traced firearms seized in Mexico 2007-2011 that were bought or made in the United States",
          note="INJECTED CONTRADICTION: 202 gives 68,161 (digit transposition)"),
        R("esta semana"),
        T("«El flujo de armas desde Estados Unidos es el tema en que el gobierno mexicano nos presiona con más insistencia»",
          key="q_flow", speaker=None, attribution="señala el cable 10MEXICO83"),
        N("10MEXICO83", "[10MEXICO83]", reason="identifier", note="cable id (link text)"),
        N("https://wikileaks.org/cable/2010/01/10MEXICO83.html", reason="chrome", note="link URL"),
        D("enero de 2010", key="cable2010", date="2010-01"),
        N("1.", "1. Texas", reason="list-numbering"),
        N("2.", "2. California", reason="list-numbering"),
        N("3.", "3. Arizona", reason="list-numbering"),
        Q("cuatro", "los cuatro estados", key="states4", value=4, unit="states", qualifier=None,
          subject="U.S. border states"),
        Q("más de 8 mil", key="dealers", value=8000, unit="dealers", qualifier="more_than",
          subject="federally licensed gun dealers in the four U.S. border states", note="'armerías'"),
        Q("menos de una", value=1, unit="hours", qualifier="less_than",
          subject="distance (travel time) of many of those gun shops from the border", note="'a menos de una hora'"),
        Q("31 por ciento", value=31, unit="percent", qualifier=None,
          subject="share of assault rifles among the seized firearms"),
        T("«Cada arma que cruza la frontera es un problema de Estados Unidos antes de ser un problema de México»",
          speaker="Alfonso Beltran Suarez", attribution="afirmó (Alfonso Beltrán Suárez, vocero de la PGR)"),
        T("«Nosotros ponemos los muertos»", speaker="Alfonso Beltran Suarez", attribution="(continued after afirmó)"),
        N("“Rápido y furioso”", "## “Rápido y furioso”", note="quoted operation name (heading)"),
        N("“Rápido y furioso”", "operativo “Rápido y furioso”", note="quoted operation name"),
        Q("casi 2 mil", key="ff2000", value=2000, unit="firearms", qualifier="about",
          subject="guns the ATF let cross into Mexico in Operation Fast and Furious", note="'casi' (nearly) read as about"),
        D("2009", "entre 2009 y 2011", key="ff2009", date="2009"),
        D("2011", "entre 2009 y 2011", key="ff2011", date="2011"),
        N("Una", "Una de esas armas", note="pronoun 'una de'"),
        D("diciembre de 2010", date="2010-12", note="death of Border Patrol agent Brian Terry"),
        D("15 de febrero de 2011", key="zapata_date", date="2011-02-15"),
        Q("US$1,600 millones", key="merida", value=1600000000, unit="dollars", qualifier=None,
          subject="size of the Merida Initiative"),
        T("«eso dice todo sobre las prioridades de Washington»", speaker="Ricardo Pena Valdes",
          attribution="De acuerdo con el senador Ricardo Peña Valdés"),
        D("12 de abril", date="--04-12", note="no year given (2012 by context)"),
        D("2004", date="2004", note="expiry of the U.S. assault weapons ban"),
    ],
)

DOCS["202_ironriver_blog"] = dict(
    ext="txt", language="en", comments_from='3 Responses to "',
    items=[
        N("April 28, 2012", "Posted on April 28, 2012", reason="chrome", note="posting date"),
        N('"iron river"', note="scare quotes, name of a phenomenon"),
        D("2007", "From 2007 through 2011", key="tr2007", date="2007"),
        D("2011", "From 2007 through 2011", key="tr2011", date="2011"),
        Q("99,691", key="guns_total", value=99691, unit="firearms", qualifier=None,
          subject="firearms seized in Mexico 2007-2011 and submitted to the ATF for tracing"),
        Q("68,161", key="guns_us", value=68161, unit="firearms", qualifier=None,
          subject="traced firearms seized in Mexico 2007-2011 that were bought or made in the United States"),
        Q("roughly 68 percent", key="pct68", value=68, unit="percent", qualifier="about",
          subject="share of traced firearms seized in Mexico 2007-2011 that came from the United States"),
        R("this week"),
        Q("two", "two years ago", value=2, unit="years", qualifier=None,
          subject="time since the WikiLeaks cables told the same thing"),
        D("January 2010", key="cable2010", date="2010-01"),
        N("10MEXICO83", reason="identifier", note="cable id"),
        T('"The flow of weapons from the United States is the issue on which the Mexican government presses us most insistently."',
          key="q_flow", speaker=None, attribution="A January 2010 cable ... put it bluntly:"),
        N("1.", "1. There are", reason="list-numbering"),
        Q("some 8,000", key="dealers", value=8000, unit="dealers", qualifier="about",
          subject="federally licensed gun dealers in the four U.S. border states"),
        Q("four", "the four border states", key="states4", value=4, unit="states", qualifier=None,
          subject="U.S. border states"),
        N("2.", "2. The ATF", reason="list-numbering"),
        Q("some 2,000", key="ff2000", value=2000, unit="firearms", qualifier="about",
          subject="guns the ATF let cross into Mexico in Operation Fast and Furious"),
        N('"walk"', note="scare quotes"),
        D("2009", "between 2009 and 2011", key="ff2009", date="2009"),
        D("2011", "between 2009 and 2011", key="ff2011", date="2011"),
        N("3.", "3. The $1.6", reason="list-numbering"),
        Q("$1.6 billion", key="merida", value=1600000000, unit="dollars", qualifier=None,
          subject="size of the Merida Initiative"),
        D("February 16, 2011", key="zapata_date", date="2011-02-16",
          note="INJECTED DATE CONTRADICTION: Zapata was killed on February 15, 2011 (203, 205, 206)"),
        R("last year", "came out last year"),
        T("“We are not going to accept lessons from the country that sells the cartels their rifles.”",
          key="q_lessons", speaker="Ernesto Cantu Lozano", attribution="a Mexican senator, Ernesto Cantú Lozano, put it"),
        N("3", "WikiLeaks | 3 Responses", reason="chrome", note="'3 Responses'"),
        N("3", '3 Responses to "', reason="chrome", note="'3 Responses'"),
        N('"Stop pretending the guns come from somewhere else"', reason="chrome", note="quoted post title in the comments header"),
        N("1.", "1. RangerDan", reason="list-numbering"),
        N("April 28, 2012", "April 28, 2012 at 9:14 am", reason="chrome", note="comment timestamp"),
        N("9:14 am", reason="time", note="comment timestamp"),
        Q("68 percent", "The 68 percent figure", key="pct68c", value=68, unit="percent", qualifier=None,
          subject="share of traced firearms seized in Mexico 2007-2011 that came from the United States"),
        Q("more like 140,000", value=140000, unit="firearms", qualifier="about",
          subject="guns seized in Mexico 2007-2011 (commenter's estimate)"),
        N("2.", "2. Maria G.", reason="list-numbering"),
        N("April 28, 2012", "April 28, 2012 at 11:02 am", reason="chrome", note="comment timestamp"),
        N("11:02 am", reason="time", note="comment timestamp"),
        Q("twice", "was shot twice", key="avila_twice", value=2, unit="times", qualifier=None,
          subject="times Victor Avila was shot in the attack on Zapata"),
        N("3.", "3. Publius", reason="list-numbering"),
        N("April 29, 2012", reason="chrome", note="comment timestamp"),
        N("8:45 pm", reason="time", note="comment timestamp"),
        N("1-800-283-4867", reason="identifier", note="phone number"),
        N('"Theater"', note="commenter echoes a word of the post (scare quotes)"),
        N("2012", "© 2012", reason="chrome", note="footer"),
    ],
)

DOCS["203_borderwatch_zapata"] = dict(
    ext="html", language="en", comments_from='<section id="comments">',
    items=[
        N("One year after Zapata, El Paso counts its blessings as Ju&aacute;rez bleeds | Borderwatch Journal",
          reason="chrome", note="HTML <title> (page chrome); the same headline in the <h2> is annotated"),
        Q("One", "<h2 class=\"headline\">One year", key="oneyear_h", value=1, unit="years", qualifier=None,
          subject="time since Jaime Zapata was killed", note="headline 'One year after Zapata' (duration)"),
        N("March 2, 2012", "\">March 2, 2012</time>", reason="chrome", note="byline date"),
        Q("More than a", "More than a year after", key="oneyear", value=1, unit="years", qualifier="more_than",
          subject="time since Jaime Zapata was killed", note="'More than a year after' (duration)"),
        N("Highway 57", reason="identifier", note="highway number"),
        D("Feb.&nbsp;15, 2011", key="zapata_date", date="2011-02-15", note="raw slice contains the entity &nbsp;"),
        Q("as many as 15", key="gunmen15", value=15, unit="gunmen", qualifier="at_most",
          subject="gunmen who attacked Zapata and Avila"),
        Q("two", "in two SUVs", key="suv2", value=2, unit="vehicles", qualifier=None,
          subject="vehicles used by the attackers", note="'SUVs'"),
        Q("nearly 90", key="rounds90", value=90, unit="rounds", qualifier="about",
          subject="rounds fired by the attackers at Zapata's vehicle", note="'nearly' read as about"),
        Q("twice", "was shot twice", key="avila_twice", value=2, unit="times", qualifier=None,
          subject="times Victor Avila was shot in the attack on Zapata"),
        T("&ldquo;Jaime gave his life doing exactly what he signed up to do, and we will not rest until every person responsible is brought to justice,&rdquo;",
          speaker="Dana Whitfield", attribution="said Dana Whitfield, an ICE spokeswoman in Washington"),
        Q("1.3 million", key="juarez_pop", value=1300000, unit="people", qualifier=None,
          subject="population of Ciudad Juarez"),
        Q("3,111", key="juarez_hom", value=3111, unit="homicides", qualifier=None,
          subject="homicides in Ciudad Juarez in 2010"),
        D("2010", "homicides in 2010", key="juarez_2010", date="2010"),
        Q("about 650,000", value=650000, unit="people", qualifier="about", subject="population of El Paso"),
        Q("five", "had five", key="elpaso5", value=5, unit="homicides", qualifier=None,
          subject="homicides in El Paso in 2010"),
        Q("about 5,000", key="fedpol", value=5000, unit="officials", qualifier="about",
          subject="federal police officers kept in Ciudad Juarez since April 2010",
          note="INJECTED CONTRADICTION: 206 says 'unos 7 mil'"),
        D("April 2010", key="handover", date="2010-04"),
        Q("34,612", key="deaths", value=34612, unit="people", qualifier=None,
          subject="deaths linked to organized crime, December 2006 - December 2010 (federal government count)"),
        D("December 2006", key="dec2006", date="2006-12"),
        D("December 2010", key="dec2010", date="2010-12"),
        Q("more than five million", key="emails5m", value=5000000, unit="emails", qualifier="more_than",
          subject="Stratfor emails published by WikiLeaks"),
        R("Monday", "publishing on Monday"),
        D("Feb.&nbsp;27", key="stratfor_date", date="--02-27", note="no year given (2012 by context); raw slice contains &nbsp;"),
        N("one", "In one, an analyst", note="pronoun 'one' (one email)"),
        T("&ldquo;Ju&aacute;rez is a Sinaloa town now; the Ju&aacute;rez cartel is finished as a business,&rdquo;",
          key="q_sinaloa_town", speaker=None, attribution="the analyst wrote (Stratfor analyst, unnamed)"),
        T("&ldquo;The decline is real and it&rsquo;s the result of work on the ground,&rdquo;",
          speaker="Ernesto Salcido", attribution="said Ernesto Salcido, a spokesman for the Juarez municipal police"),
        T("&ldquo;Nobody negotiated it with anybody.&rdquo;", speaker="Ernesto Salcido", attribution="(Salcido, continued)"),
        T("&ldquo;We live 10 minutes from the most violent city in the hemisphere,&rdquo;",
          speaker="Veronica Ortiz", attribution="said El Paso County Commissioner Veronica Ortiz",
          note="sentence interrupted by the attribution; second part annotated separately"),
        Q("10", "We live 10 minutes", value=10, unit="minutes", qualifier=None,
          subject="distance (travel time) from El Paso to Ciudad Juarez"),
        T("&ldquo;and we act as if it were on another continent.&rdquo;", speaker="Veronica Ortiz",
          attribution="(Veronica Ortiz, continued)"),
        N("3", "3 Comments", reason="chrome", note="'3 Comments'"),
        N("elpasoan79", reason="chrome", note="commenter user name"),
        N("March 2, 2012", "March 2, 2012 at 2:21 pm", reason="chrome", note="comment timestamp"),
        N("2:21 pm", reason="time", note="comment timestamp"),
        Q("5", "El Paso had 5 murders", key="elpaso5c", value=5, unit="homicides", qualifier=None,
          subject="homicides in El Paso in 2010", note="'murders'"),
        D("2010", "5 murders in 2010", date="2010", note="year of the El Paso murder count (commenter)"),
        N("March 2, 2012", "March 2, 2012 at 4:05 pm", reason="chrome", note="comment timestamp"),
        N("4:05 pm", reason="time", note="comment timestamp"),
        N("&ldquo;Sinaloa won&rdquo;", note="quoted name of a theory (scare quotes)"),
        N("March 3, 2012", reason="chrome", note="comment timestamp"),
        N("9:37 am", reason="time", note="comment timestamp"),
        N("501 N. Kansas St., Suite 200, El Paso, TX 79901", reason="chrome", note="footer address"),
        N("(915) 555-0142", reason="identifier", note="phone number"),
        N("2012", "&copy; 2012", reason="chrome", note="footer"),
    ],
)

DOCS["206_milenio_zapata"] = dict(
    ext="txt", language="es", comments_from="Comentarios (4)",
    items=[
        Q("un", "a un año del ataque", key="oneyear_h", value=1, unit="years", qualifier=None,
          subject="time since the attack on Zapata", note="headline: 'a un año del ataque'"),
        N("carretera 57", "en la carretera 57,", reason="identifier", note="highway number (headline)"),
        N("14.02.2012", reason="chrome", note="publication date"),
        N("23:15 hrs", reason="time", note="last update time"),
        Q("un", "Hace un año", key="oneyear", value=1, unit="years", qualifier=None,
          subject="time since the attack on Zapata", note="'Hace un año' (duration)"),
        N("carretera federal 57", reason="identifier", note="highway number"),
        Q("unos 15", key="gunmen15", value=15, unit="gunmen", qualifier="about",
          subject="gunmen who attacked Zapata and Avila", note="'sicarios'"),
        Q("dos", "en dos camionetas", key="suv2", value=2, unit="vehicles", qualifier=None,
          subject="vehicles used by the attackers", note="'camionetas'"),
        Q("casi 90", key="rounds90", value=90, unit="rounds", qualifier="about",
          subject="rounds fired by the attackers at Zapata's vehicle", note="'disparos'; 'casi' read as about"),
        N("una", "en una pierna", note="article 'una pierna' (in a leg)"),
        D("15 de febrero", key="zapata_date", date="--02-15", note="no year given (2011 by context)"),
        N("14:30 horas", reason="time"),
        N("“El Piolín”", note="quoted nickname"),
        R("semanas después", note="vague relative time ('weeks later')"),
        D("2009", "desde 2009", date="2009", note="'desde 2009': 'desde' outside the span"),
        T("«No fue una confusión. Sabían que eran agentes y dispararon de todos modos»", speaker=None,
          attribution="aseguró a MILENIO una fuente de la agencia estadunidense que pidió el anonimato"),
        Q("700", value=700, unit="kilometers", qualifier=None,
          subject="distance from the place of the attack to Ciudad Juarez"),
        D("2010", "récord en 2010", key="juarez_2010", date="2010"),
        Q("más de 3 mil", "con más de 3 mil", key="juarez_hom", value=3000, unit="homicides", qualifier="more_than",
          subject="homicides in Ciudad Juarez in 2010"),
        Q("1.3 millones", key="juarez_pop", value=1300000, unit="people", qualifier=None,
          subject="population of Ciudad Juarez", note="'habitantes'"),
        Q("cinco", "apenas cinco", key="elpaso5", value=5, unit="homicides", qualifier=None,
          subject="homicides in El Paso in 2010"),
        R("el mismo año", note="= 2010"),
        D("abril de 2010", key="handover", date="2010-04"),
        Q("unos 7 mil", key="fedpol", value=7000, unit="officials", qualifier="about",
          subject="federal police officers kept in Ciudad Juarez since April 2010", note="'elementos' of the Policía Federal"),
        T("«Las cifras de enero muestran una baja de 40 por ciento respecto al mismo mes de 2011»",
          speaker="Raul Ochoa Medina", attribution="dijo Ochoa (Raúl Ochoa Medina, vocero de la Fiscalía General de Chihuahua)"),
        D("enero", "cifras de enero", date="--01", note="inside a quote; January 2012 by context"),
        Q("40 por ciento", value=40, unit="percent", qualifier=None,
          subject="drop in homicides in Ciudad Juarez, January 2012 vs January 2011"),
        D("2011", "mismo mes de 2011", date="2011"),
        T("«Todavía es pronto para cantar victoria, pero la ciudad está cambiando»", speaker="Raul Ochoa Medina",
          attribution="(Ochoa, continued)"),
        T("“tiene más que ver con la reorganización de los cárteles que con la estrategia oficial”",
          speaker="Alberto Islas Ruvalcaba", attribution="Para el consultor en seguridad Alberto Islas Ruvalcaba, sin embargo, la baja"),
        N("4", "Comentarios (4)", reason="chrome", note="comment count"),
        N("14/02/2012 23:48", reason="chrome", note="comment timestamp"),
        Q("Más de 3 mil", "Más de 3 mil muertos", key="juarez_hom_c", value=3000, unit="homicides", qualifier="more_than",
          subject="homicides in Ciudad Juarez in 2010", note="'muertos en un año' (commenter; year implied by the article)"),
        Q("un", "muertos en un año", value=1, unit="years", qualifier=None,
          subject="period of the more than 3,000 deaths in Juarez (commenter)"),
        Q("5", "apenas 5", key="elpaso5c", value=5, unit="homicides", qualifier=None,
          subject="homicides in El Paso in 2010"),
        N("15/02/2012 08:12", reason="chrome", note="comment timestamp"),
        Q("miles", "los miles de juarenses", value=2000, unit="juarenses", qualifier="at_least",
          subject="people of Ciudad Juarez whom nobody extradites or investigates (a reader comment)",
          note="was a not_claim ('vague'); issue 10 reads 'miles de' as an open interval: at least 2000"),
        N("15/02/2012 09:40", reason="chrome", note="comment timestamp"),
        D("Feb 15 2011", key="zapata_date_c", date="2011-02-15", language="en"),
        N("2010", "not 2010 like", note="negated: the wrong year the commenter corrects, not asserted"),
        R("this morning", language="en"),
        N("15/02/2012 10:05", reason="chrome", note="comment timestamp"),
    ],
)

DOCS["207_universal_stratfor"] = dict(
    ext="txt", language="es", comments_from=None,
    items=[
        T("“el mal menor”", speaker=None, attribution="headline; characterisation attributed to the Stratfor emails",
          note="headline quote without a named speaker"),
        N("Jueves 01 de marzo de 2012", reason="chrome", note="publication date"),
        N("14:05", reason="time", note="publication time"),
        N("“El Chapo”", note="quoted nickname"),
        D("27 de febrero de 2012", key="stratfor_date", date="2012-02-27"),
        Q("más de 5 millones", key="emails5m", value=5000000, unit="emails", qualifier="more_than",
          subject="Stratfor emails published by WikiLeaks"),
        N("«la CIA en la sombra»", note="quoted nickname of Stratfor"),
        D("3 de marzo de 2011", date="2011-03-03", note="date of a Stratfor email"),
        N("MX3", reason="identifier", note="pseudonym of a Stratfor source"),
        T("«no puede pelear contra todos al mismo tiempo»", speaker="MX3",
          attribution="una fuente identificada como MX3 ... afirma que el gobierno"),
        Q("alrededor del 45 por ciento", value=45, unit="percent", qualifier="about",
          subject="share of drug trafficking to the United States controlled by the Sinaloa cartel (Stratfor source MX3)"),
        T("«Juárez ya es un pueblo de Sinaloa; el cártel de Juárez está acabado como negocio»",
          key="q_sinaloa_town", speaker=None, attribution="escribió un analista de la firma en otro correo",
          note="Spanish translation of the English quote in 203"),
        Q("107", key="ex107", value=107, unit="people", qualifier=None,
          subject="people Mexico extradited to the United States in 2009"),
        D("2009", "107 personas en 2009", key="ex2009", date="2009"),
        Q("94", key="ex94", value=94, unit="people", qualifier=None,
          subject="people Mexico extradited to the United States in 2010"),
        D("2010", "94 en 2010", key="ex2010", date="2010"),
        Q("93", value=93, unit="people", qualifier=None,
          subject="people Mexico extradited to the United States in 2011"),
        D("2011", "93 en 2011", date="2011"),
        Q("casi 100", value=100, unit="people", qualifier="about",
          subject="average number of people extradited per year, 2009-2011", note="'casi' read as about"),
        T("“casi no hay operadores de Sinaloa”", speaker=None, attribution="Un analista de Stratfor escribió que entre los extraditados"),
        D("2011", "difundió en 2011", date="2011", note="year WikiLeaks released the Monterrey consulate cables"),
        T("«Ningún gobierno extranjero tiene autoridad para calificar el desempeño de nuestras Fuerzas Armadas»",
          key="q_ninguno", speaker="Jorge Villalobos Trevino", attribution="dijo entonces el diputado priista Jorge Villalobos Treviño",
          note="INJECTED MISATTRIBUTION: 204 attributes the same words to Senator Ernesto Cantu Lozano"),
        R("Hoy", "Hoy, con más de 47 mil", note="'Hoy' (today) = publication date, early 2012"),
        Q("más de 47 mil", value=47000, unit="people", qualifier="more_than",
          subject="deaths officially acknowledged since December 2006 (as of early 2012)",
          note="a later count than the 34,612 of 203/204; not a contradiction"),
        D("diciembre de 2006", key="dec2006", date="2006-12"),
        T("«con cautela, pero sin ingenuidad»", speaker="Claudia Medina Arce",
          attribution="La senadora Claudia Medina Arce señaló que los correos de Stratfor deben leerse"),
        T("“Si una empresa privada en Texas sabe más de nuestros cárteles que nuestro propio Congreso, tenemos un problema”",
          speaker="Claudia Medina Arce", attribution="dijo la legisladora"),
        D("15 de marzo", date="--03-15", note="no year given (2012 by context); 'antes del' outside the span"),
        T("«se deciden caso por caso»", speaker=None, attribution="un funcionario de la PGR aseguró que las extradiciones"),
    ],
)

GROUPS = [
    # (kind, verdict, [(doc, key), ...], note)
    ("quantity", "contradict", [("201", "occasions"), ("208", "occasions"), ("204", "occasions")],
     "INJECTED: occasions the army failed to act on U.S. tips in Monterrey: three (AP 201, excerpt 208) vs cinco (Proceso 204)"),
    ("quantity", "agree", [("201", "dozens"), ("208", "dozens")],
     "Zetas gunmen who slipped away: dozens (AP 201, excerpt 208); a rough count since issue 10"),
    ("date", "agree", [("201", "cable_date"), ("208", "cable_date"), ("204", "cable_date")],
     "date of the Monterrey cable 09MONTERREY245: Oct. 14, 2009 / 14 de octubre de 2009"),
    ("date", "agree", [("201", "march"), ("208", "march"), ("204", "march")],
     "start of the period of ignored tips: March / marzo (2009)"),
    ("date", "agree", [("201", "august"), ("208", "august"), ("204", "august")],
     "end of the period of ignored tips: August of 2009 / agosto de 2009"),
    ("quantity", "agree", [("201", "g20"), ("208", "g20"), ("204", "g20")],
     "gunmen at the ranch, between 20 and 30 (one range claim each, issue 10)"),
    ("quantity", "agree", [("201", "h48"), ("208", "h48"), ("204", "h48")], "more than 48 hours to respond"),
    ("quote", "agree", [("201", "q_pattern"), ("208", "q_pattern"), ("204", "q_pattern")],
     "Hargrove: 'reluctance ... pattern rather than an exception'; 204 is a faithful Spanish translation"),
    ("quote", "variant", [("201", "q_commanders"), ("208", "q_commanders")],
     "INJECTED MISQUOTE: 'Commanders appear unwilling' (201) vs 'Commanders appear reluctant' (208)"),
    ("quote", "agree", [("201", "q_contacts"), ("208", "q_contacts")], "identical republished quote"),
    ("quote", "agree", [("201", "q_evenwhen"), ("208", "q_evenwhen")], "identical republished quote (first paragraph of a split quote)"),
    ("quote", "agree", [("201", "q_practice"), ("208", "q_practice")], "identical republished quote (continuation paragraph)"),
    ("quantity", "agree", [("201", "day1"), ("208", "day1")], "delay of one to two days (one range claim each, issue 10)"),
    ("quantity", "agree", [("201", "troops"), ("208", "troops"), ("204", "troops")],
     "about 3,000 / alrededor de 3 mil troops in Nuevo Leon"),
    ("quantity", "agree", [("201", "k620"), ("208", "k620"), ("204", "k620")], "620 killings in Nuevo Leon in 2010"),
    ("quantity", "agree", [("201", "k267"), ("208", "k267"), ("204", "k267")], "267 killings in Nuevo Leon in 2009"),
    ("date", "agree", [("201", "k2010"), ("208", "k2010")],
     "year of the 620 killings (204 says 'El año pasado', a relative date, not grouped)"),
    ("quote", "agree", [("201", "q_actson"), ("208", "q_actson")], "Lira Salas partial quote, identical"),
    ("quantity", "agree", [("201", "parties3"), ("208", "parties3")], "three major parties"),
    ("quote", "agree", [("201", "q_lessons"), ("208", "q_lessons"), ("202", "q_lessons")],
     "Cantu Lozano: 'We are not going to accept lessons ...'; differences only in quote marks and final punctuation"),
    ("quote", "contradict", [("204", "q_ninguno"), ("207", "q_ninguno")],
     "INJECTED MISATTRIBUTION: identical words attributed to Sen. Ernesto Cantu Lozano (204) and to Deputy Jorge Villalobos Trevino (207)"),
    ("quantity", "agree", [("201", "ex107"), ("207", "ex107")], "107 people extradited in 2009"),
    ("date", "agree", [("201", "ex2009"), ("207", "ex2009")], "year of the 107 extraditions"),
    ("quantity", "agree", [("201", "ex94"), ("204", "ex94"), ("207", "ex94")], "94 people extradited in 2010"),
    ("date", "agree", [("201", "ex2010"), ("204", "ex2010"), ("207", "ex2010")], "year of the 94 extraditions"),
    ("quantity", "agree", [("202", "guns_total"), ("205", "guns_total")], "99,691 / 99 mil 691 firearms submitted for tracing"),
    ("quantity", "contradict", [("202", "guns_us"), ("205", "guns_us")],
     "INJECTED: firearms traced to the U.S.: 68,161 (202) vs 86 mil 161 (205)"),
    ("date", "agree", [("202", "tr2007"), ("205", "tr2007")], "start of the tracing period (2007)"),
    ("date", "agree", [("202", "tr2011"), ("205", "tr2011")], "end of the tracing period (2011)"),
    ("quote", "agree", [("202", "q_flow"), ("205", "q_flow")],
     "cable 10MEXICO83: English (202) and faithful Spanish (205) rendering of the same sentence"),
    ("date", "agree", [("202", "cable2010"), ("205", "cable2010")], "date of cable 10MEXICO83: January 2010 / enero de 2010"),
    ("quantity", "agree", [("202", "states4"), ("205", "states4")], "four border states"),
    ("quantity", "agree", [("202", "dealers"), ("205", "dealers")],
     "gun dealers in the border states: 'some 8,000' (about) vs 'más de 8 mil' (more than): compatible"),
    ("quantity", "agree", [("202", "ff2000"), ("205", "ff2000")], "Fast and Furious: some 2,000 / casi 2 mil guns"),
    ("date", "agree", [("202", "ff2009"), ("205", "ff2009")], "start of Fast and Furious gun walking (2009)"),
    ("date", "agree", [("202", "ff2011"), ("205", "ff2011")], "end of Fast and Furious gun walking (2011)"),
    ("quantity", "agree", [("202", "merida"), ("205", "merida")], "Merida Initiative: $1.6 billion / US$1,600 millones"),
    ("date", "contradict",
     [("202", "zapata_date"), ("203", "zapata_date"), ("205", "zapata_date"), ("206", "zapata_date"), ("206", "zapata_date_c")],
     "INJECTED: date Jaime Zapata was killed: February 16, 2011 (202) vs Feb. 15, 2011 / 15 de febrero (de 2011) elsewhere"),
    ("quantity", "single-source", [("202", "pct68"), ("202", "pct68c")],
     "68 percent of traced guns from the U.S.: post ('roughly 68 percent') and first comment ('The 68 percent figure')"),
    ("quantity", "agree", [("202", "avila_twice"), ("203", "avila_twice")], "Victor Avila was shot twice"),
    ("quantity", "agree", [("203", "gunmen15"), ("206", "gunmen15")],
     "attackers: 'as many as 15 gunmen' (at most) / 'unos 15 sicarios' (about)"),
    ("quantity", "agree", [("203", "suv2"), ("206", "suv2")], "two SUVs / dos camionetas"),
    ("quantity", "agree", [("203", "rounds90"), ("206", "rounds90")], "nearly 90 rounds / casi 90 disparos"),
    ("quantity", "agree", [("203", "juarez_pop"), ("206", "juarez_pop")], "population of Ciudad Juarez: 1.3 million / 1.3 millones"),
    ("quantity", "agree", [("203", "juarez_hom"), ("206", "juarez_hom"), ("206", "juarez_hom_c")],
     "Juarez homicides in 2010: 3,111 vs 'más de 3 mil' (body and comment): compatible"),
    ("date", "agree", [("203", "juarez_2010"), ("206", "juarez_2010")], "year of the Juarez homicide record (2010)"),
    ("quantity", "agree", [("203", "elpaso5"), ("203", "elpaso5c"), ("206", "elpaso5"), ("206", "elpaso5c")],
     "El Paso homicides in 2010: five / 5 / cinco / 5 (bodies and comments)"),
    ("quantity", "contradict", [("203", "fedpol"), ("206", "fedpol")],
     "INJECTED: federal police in Juarez: about 5,000 (203) vs unos 7 mil (206)"),
    ("date", "agree", [("203", "handover"), ("206", "handover")], "army handed Juarez security to federal police: April 2010 / abril de 2010"),
    ("quantity", "agree", [("203", "deaths"), ("204", "deaths")], "34,612 / 34.612 drug-war deaths Dec 2006 - Dec 2010"),
    ("date", "agree", [("203", "dec2006"), ("204", "dec2006"), ("207", "dec2006")], "start of the official drug-war death count: December 2006"),
    ("date", "agree", [("203", "dec2010"), ("204", "dec2010")], "end of the 34,612 count: December 2010"),
    ("quantity", "agree", [("203", "emails5m"), ("207", "emails5m")], "more than five million / más de 5 millones Stratfor emails"),
    ("date", "agree", [("203", "stratfor_date"), ("207", "stratfor_date")],
     "WikiLeaks began publishing the Stratfor emails: Feb. 27 (no year) / 27 de febrero de 2012"),
    ("quote", "agree", [("203", "q_sinaloa_town"), ("207", "q_sinaloa_town")],
     "Stratfor analyst: 'Juarez is a Sinaloa town now ...' in English (203) and a faithful Spanish translation (207)"),
    ("quantity", "single-source", [("203", "oneyear_h"), ("203", "oneyear")],
     "time since Zapata's killing: headline 'One year after' and body 'More than a year after' (compatible)"),
    ("quantity", "single-source", [("206", "oneyear_h"), ("206", "oneyear")],
     "one year since the attack: headline 'a un año' and lead 'Hace un año'"),
]


# --------------------------------------------------------------------------
def html_markup_not_claims(text):
    out = []
    covered = []
    for m in re.finditer(r"<script\b.*?</script>", text, flags=re.S):
        out.append({"text": m.group(0), "start": m.start(), "end": m.end(), "reason": "chrome",
                    "note": "HTML script element"})
        covered.append((m.start(), m.end()))
    for m in re.finditer(r"<[^>]*>", text):
        if any(a <= m.start() < b for a, b in covered):
            continue
        if re.search(r'[0-9"“”‘«»]', m.group(0)):
            out.append({"text": m.group(0), "start": m.start(), "end": m.end(), "reason": "chrome",
                        "note": "HTML markup"})
    return out


def locate(text, item, doc):
    needle = item["text"]
    anchor = item["anchor"]
    if anchor is None:
        anchor = needle
    n = text.count(anchor)
    if n != 1:
        raise SystemExit(f"{doc}: anchor {anchor!r} occurs {n} times")
    i = text.index(anchor)
    j = anchor.find(needle)
    if j < 0:
        raise SystemExit(f"{doc}: {needle!r} not in anchor {anchor!r}")
    return i + j, i + j + len(needle)


PLAIN_KEYS = {"id", "kind", "section", "language", "unit", "qualifier", "reason"}


def dump_value(v, key=None):
    if key in PLAIN_KEYS and isinstance(v, str) and re.fullmatch(r"[A-Za-z0-9_-]+", v):
        return v
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    return json.dumps(v, ensure_ascii=False)


def build():
    keymap = {}
    for doc, spec in DOCS.items():
        ext = spec["ext"]
        text = (CORPUS / f"{doc}.{ext}").read_bytes().decode("utf-8")
        prefix = doc.split("_")[0]
        comments_from = text.index(spec["comments_from"]) if spec["comments_from"] else len(text)
        claims, not_claims = [], []
        for it in spec["items"]:
            start, end = locate(text, it, doc)
            if it["_c"]:
                c = {k: v for k, v in it.items() if k not in ("_c", "anchor", "key")}
                c["start"], c["end"] = start, end
                c["section"] = "comment" if start >= comments_from else "body"
                c.setdefault("language", spec["language"])
                c["_key"] = it["key"]
                if c["kind"] == "quote":
                    c["quote"] = quote_words(c["text"], ext == "html")
                claims.append(c)
            else:
                nc = {"text": it["text"], "start": start, "end": end, "reason": it["reason"]}
                if it["note"]:
                    nc["note"] = it["note"]
                not_claims.append(nc)
        if ext == "html":
            not_claims.extend(html_markup_not_claims(text))
        not_claims.sort(key=lambda n: (n["start"], n["end"]))
        counters = {}
        letters = {"quantity": "q", "date": "d", "quote": "t"}
        for c in sorted(claims, key=lambda c: c["start"]):
            letter = letters[c["kind"]]
            counters[letter] = counters.get(letter, 0) + 1
            c["id"] = f"{prefix}-{letter}{counters[letter]:02d}"
            if c["_key"]:
                k = (prefix, c["_key"])
                if k in keymap:
                    raise SystemExit(f"duplicate key {k}")
                keymap[k] = c["id"]
        claims.sort(key=lambda c: (c["start"], c["end"]))
        order = {
            "quantity": ["id", "kind", "text", "start", "end", "section", "language", "value", "unit", "qualifier", "subject",
                         "note"],
            "date": ["id", "kind", "text", "start", "end", "section", "language", "date", "relative", "note"],
            "quote": ["id", "kind", "text", "start", "end", "section", "language", "quote", "speaker", "attribution", "note"],
        }
        lines = [f"document: {doc}", "claims:"]
        for c in claims:
            first = True
            for k in order[c["kind"]]:
                if k not in c:
                    continue
                if k == "note" and not c[k]:
                    continue
                lines.append(("- " if first else "  ") + f"{k}: {dump_value(c[k], k)}")
                first = False
        lines.append("not_claims:")
        for n in not_claims:
            lines.append(f"- text: {dump_value(n['text'])}")
            for k in ("start", "end", "reason", "note"):
                if k in n:
                    lines.append(f"  {k}: {dump_value(n[k], k)}")
        out = "\n".join(lines) + "\n"
        # round-trip check
        loaded = yaml.safe_load(out)
        for c, lc in zip(claims, loaded["claims"]):
            assert lc["text"] == c["text"] and lc["id"] == c["id"], (doc, c["id"])
        (GOLD / f"{doc}.yaml").write_text(out, encoding="utf-8")

    glines = ["groups:"]
    for i, (kind, verdict, members, note) in enumerate(GROUPS, 1):
        glines.append(f"- id: g{i:02d}")
        glines.append(f"  kind: {kind}")
        glines.append(f"  verdict: {verdict}")
        glines.append("  claims:")
        for prefix, key in members:
            if (prefix, key) not in keymap:
                raise SystemExit(f"group g{i:02d}: unknown key {prefix}:{key}")
            glines.append(f"  - {keymap[(prefix, key)]}")
        glines.append(f"  note: {dump_value(note)}")
    (GOLD / "groups.yaml").write_text("\n".join(glines) + "\n", encoding="utf-8")
    used = {(p, k) for _, _, ms, _ in GROUPS for p, k in ms}
    unused = sorted(set(keymap) - used)
    if unused:
        print("keys not in any group:", unused)


if __name__ == "__main__":
    build()
