"""The seed story's rules (rules/*.yaml) fire on other outlets' wordings of their claims.

Each case is a sentence of our own, written as another outlet or a translation would
report the claim, and the rule its claim must join; an unrelated sentence with a claim of
the same kind and unit must join none of them. Claims are extracted from the sentence
(as a run does) and matched against every shipped rule, so a case also fails when
another rule takes the claim.
"""
import pytest

from reconcile import claims_in_text
from reconcile.match import best_rule
from reconcile.rules import load_rules

from conftest import RULES


@pytest.fixture(scope="module")
def rules():
    return load_rules(RULES)


def rule_of(rules, text, language, kind, what):
    """The id of the rule that the claim of `kind` whose text holds `what` joins (None: no rule)."""
    claims = [c for c in claims_in_text(text, language=language) if c.kind == kind and what in c.text]
    assert len(claims) == 1, [c.text for c in claims_in_text(text, language=language)]
    rule = best_rule(claims[0], rules)
    return rule.id if rule else None


# (rule, language, kind, the claim's text, sentence)
REWORDINGS = [
    # figures
    ("officials-killed-total", "en", "quantity", "61",
     "The cable says 61 Mexican officials who worked with the DEA and the FBI were murdered by traffickers."),
    ("officials-killed-total", "es", "quantity", "61",
     "Según el cable, 61 agentes mexicanos que colaboraban con la DEA y el FBI fueron ejecutados."),
    ("dea-liaisons-killed", "en", "quantity", "ten",
     "Since 2007, ten DEA liaison officers have been killed, the embassy wrote."),
    ("dea-liaisons-killed", "es", "quantity", "10",
     "Desde 2007, 10 enlaces de la DEA fueron asesinados, de acuerdo con la embajada."),
    ("fbi-contacts-killed", "en", "quantity", "51",
     "In the last two years 51 close contacts of the FBI were killed."),
    ("dea-liaisons-special-units", "en", "quantity", "seven",
     "Ten DEA liaison officers were killed, seven of whom were members of vetted units."),
    ("dea-liaisons-special-units", "es", "quantity", "siete",
     "Fueron asesinados diez oficiales de enlace, siete de ellos miembros de unidades especiales."),
    ("officials-killed-years", "en", "quantity", "two",
     "51 FBI contacts were killed in Mexico over the past two years."),
    ("juarez-charged-share", "es", "quantity", "2",
     "Sólo el 2 por ciento de los detenidos en Ciudad Juárez fueron consignados."),
    ("detainees-tried-share", "en", "quantity", "2",
     "Just 2% of detainees are ever brought to trial for organised crime offences."),
    ("drug-war-deaths", "es", "quantity", "30 mil",
     "Más de 30 mil mexicanos han muerto por la violencia del narcotráfico desde que Calderón desplegó al ejército."),
    ("gutierrez-months-left", "en", "quantity", "18",
     "Gutierrez warned that the government had 18 months to deliver a tangible success."),
    ("gutierrez-months-left", "es", "quantity", "18",
     "Gerónimo Gutiérrez advirtió que el gobierno tenía 18 meses para lograr un éxito tangible."),
    ("officials-cable-pages", "en", "quantity", "10",
     "The 10-page cable warns that cartels could retaliate against US staff."),
    ("officials-cable-pages", "es", "quantity", "diez",
     "El cable, de diez páginas, advierte sobre posibles ataques."),
    ("troops-defected", "es", "quantity", "150 mil",
     "Más de 150 mil soldados mexicanos han desertado para trabajar con los cárteles."),
    ("stratfor-emails", "es", "quantity", "cinco millones",
     "WikiLeaks publica más de cinco millones de correos electrónicos de Stratfor."),
    ("fast-and-furious-firearms", "es", "quantity", "2 mil",
     "En la operación Rápido y Furioso, la ATF vendió 2 mil armas a bandas mexicanas."),
    ("manning-imprisoned-years", "es", "quantity", "dos",
     "Bradley Manning lleva más de dos años encarcelado sin juicio."),
    ("assange-sweden-allegations", "en", "quantity", "two",
     "Assange faces questioning in Sweden over two allegations of sexual assault."),
    ("troops-defected", "en", "quantity", "150,000",
     "Some 150,000 soldiers have deserted the Mexican army to join organised crime."),
    ("officials-killed-total", "en", "quantity", "61",
     "61 Mexican agents who cooperated with the FBI and DEA have been killed."),
    ("drug-war-deaths", "en", "quantity", "34,000",
     "More than 34,000 people have died in cartel violence since Calderon took office."),
    # dates
    ("guard-cable-date", "en", "date", "Jan. 20, 2009",
     "A U.S. Embassy cable from Jan. 20, 2009, calls the guard's case the worst security breach of Calderon's term."),
    ("army-juarez-cable-date", "en", "date", "January 2010",
     "In a cable from January 2010, the embassy described Mexico's army as slow and risk-averse."),
    ("army-juarez-cable-date", "es", "date", "enero de 2010",
     "Un cable fechado en enero de 2010 señala que el despliegue de tropas en Ciudad Juárez no redujo la violencia."),
    ("gutierrez-cable-date", "es", "date", "octubre de 2009",
     "En un cable de octubre de 2009, Gutiérrez expresó su preocupación por perder el control de algunas regiones."),
    ("pascual-intelligence-cable-date", "en", "date", "November 2009",
     "In November 2009, Ambassador Pascual wrote that Mexican intelligence was fractured and ad hoc."),
    ("pascual-intelligence-cable-date", "es", "date", "noviembre de 2009",
     "En noviembre de 2009 el embajador Pascual escribió que la inteligencia mexicana está fragmentada."),
    ("officials-killed-cable-date", "en", "date", "January 2009",
     "The document, dated January 2009, says 51 close FBI contacts were executed."),
    ("officials-killings-since", "en", "date", "2007",
     "Since 2007, ten liaison officers close to the DEA have been murdered."),
    ("guard-cable-date", "es", "date", "20 de enero de 2009",
     "El cable de la embajada, fechado el 20 de enero de 2009, califica el caso como la peor violación de seguridad."),
    ("guard-arrest-date", "en", "date", "December 2008",
     "The officer, a member of Calderon's presidential guard, was arrested in December 2008."),
    ("guard-arrest-date", "es", "date", "diciembre de 2008",
     "El militar, integrante del Estado Mayor Presidencial, fue detenido en diciembre de 2008."),
    ("mx1-drug-trades-email-date", "es", "date", "junio de 2010",
     "En un correo de junio de 2010, MX1 afirmó que los gobiernos permitirán el tráfico controlado de drogas."),
    ("zambada-arrest-date", "es", "date", "marzo de 2009",
     "Vicente Zambada Niebla fue detenido en marzo de 2009 en la Ciudad de México."),
    ("zambada-trial-date", "en", "date", "October",
     "Zambada's trial in Chicago is scheduled to begin in October."),
    # quotes
    ("calderon-cooperation-insufficient", "es", "quote", "cooperación",
     "“La cooperación institucional termina siendo notoriamente insuficiente”, dijo Calderón a El Universal."),
    ("calderon-ignorance-distortion", "en", "quote", "ignorance",
     "Calderon said the diplomats' “ignorance has translated into a distortion of what is happening in Mexico.”"),
    ("officials-downplay-breach", "en", "quote", "downplay",
     "Mexican officials, the cable says, “sought to downplay the seriousness of the breach.”"),
    ("zero-sum-competition", "en", "quote", "zero-sum",
     "The agencies are \"locked in a zero-sum competition in which one agency's success is viewed as another's failure\"."),
    ("cables-incomplete-inaccurate", "es", "quote", "incompletos",
     "La cancillería calificó los cables de “incompletos e inexactos”."),
    ("pascual-not-us-policy", "es", "quote", "representan",
     "Pascual afirmó que los despachos “no representan la política de Estados Unidos”."),
    ("unprecedented-commitment", "es", "quote", "compromiso",
     "Los cables elogian el “compromiso sin precedentes” del gobierno mexicano."),
    ("special-operations-in-mexico", "en", "quote", "special operations",
     "\"U.S. special operations forces are currently in Mexico,\" the officer wrote."),
    ("mx1-public-opinion-outraged", "en", "quote", "outraged",
     "\"Mexican public opinion would be outraged if there were U.S. soldiers engaged in a direct operational role in Mexico,\" De la Mora wrote."),
    ("mx1-ok-with-americans", "en", "quote", "Americans",
     "Large Sinaloa shipments, the diplomat wrote, \"are OK with the Americans.\""),
    ("mx1-routes-negotiated", "en", "quote", "routes",
     "He said \"the major routes and methods for bulk shipping into the US have already been negotiated with U.S. authorities.\""),
    ("stratfor-breach-of-privacy", "es", "quote", "violación",
     "Stratfor condenó esta “deplorable violación de la privacidad”."),
    ("zambada-carte-blanche", "en", "quote", "carte blanche",
     "Zambada says he was given \"carte blanche to continue to smuggle tons of illicit drugs into Chicago\"."),
]


@pytest.mark.parametrize("rule,language,kind,what,text", REWORDINGS,
                         ids=[f"{r[0]}-{r[1]}" for r in REWORDINGS])
def test_a_rewording_joins_its_rule(rules, rule, language, kind, what, text):
    assert rule_of(rules, text, language, kind, what) == rule


# Claims of the same kind and unit about something else: no rule of the story may take them.
UNRELATED = [
    ("en", "quantity", "45", "Police said 45 officials were arrested in a corruption sweep in Sonora."),
    ("es", "quantity", "12", "La PGR informó que 12 agentes fueron capacitados en Estados Unidos."),
    ("en", "quantity", "18", "The bridge will take 18 months to build, the mayor said."),
    ("es", "quantity", "diez", "El informe municipal, de diez páginas, trata del presupuesto de obras."),
    ("en", "quantity", "three", "Calderón visited Washington three years ago to discuss trade."),
    ("en", "quantity", "four", "More than 2,000 police officers have been killed in four years."),
    ("en", "quantity", "6", "\"We have 6 months to finish the wall,\" the contractor said."),
    ("en", "quantity", "Thousands", "Thousands of documents about the merger were filed in court."),
    ("es", "quantity", "dos", "El alcalde lleva dos años en el cargo."),
    ("en", "date", "March 2009", "Calderón sent 5,000 troops to Ciudad Juarez in March 2009."),
    ("en", "date", "March 2009", "The army officer was promoted in March 2009, the newspaper said."),
    ("es", "date", "2006", "Desde diciembre de 2006 han muerto más de 30 mil personas en la guerra contra el narco."),
    ("en", "date", "June 2010", "In an email from June 2010, the company announced its quarterly results."),
    ("en", "date", "2006", "Since 2006, the DEA has trained Mexican police units."),
    ("en", "date", "May 2010", "Police arrested the suspect, a former PGR officer, in May 2010."),
    ("en", "date", "March 2010", "A cable dated March 2010 says DEA agents seized record amounts of cocaine."),
    ("en", "date", "June 2011", "In a June 2011 email, Stratfor analysts discussed the Sinaloa Cartel."),
    ("en", "date", "May 2011", "The ambassador arrived in Mexico in May 2011."),
    ("en", "quote", "tax", "\"We will not raise taxes on the middle class,\" the senator said."),
    ("es", "quote", "seguridad", "“La seguridad de los ciudadanos es nuestra prioridad”, dijo el gobernador."),
]


@pytest.mark.parametrize("language,kind,what,text", UNRELATED, ids=[f"{u[0]}-{u[1]}-{u[2]}" for u in UNRELATED])
def test_an_unrelated_claim_joins_no_rule(rules, language, kind, what, text):
    assert rule_of(rules, text, language, kind, what) is None
