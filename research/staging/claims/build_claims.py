# Built the FIRST claims.csv from the hand-judged claim list below. Kept as the record of that
# pass only: claims.csv has since gained the `evidence` column and revised verdicts and is now
# edited directly, so re-running this would silently drop them (it refuses unless --force).
# Quotes are written with straight quotes/apostrophes and resolved against the
# seed file so that the stored quote is the exact (curly-quote) substring.
import csv, re, os, sys

SEEDS = "/work/shared/seeds"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "claims.csv")
FILES = {
    "000": "000_c255ddc9df470248.txt",
    "001": "001_264bb6c7a2ed0f4a.txt",
    "002": "002_94da486366f49a6b.txt",
    "003": "003_c2439229dbbd73b8.txt",
    "004": "004_25d563bb7c6190b0.txt",
}
META = {  # outlet, article_date (only what the text itself reveals)
    "000": ("", "2025-11-05"),
    "001": ("", ""),
    "002": ("", ""),
    "003": ("", "2025-11-09"),
    "004": ("", ""),
}
TEXT = {k: open(os.path.join(SEEDS, v), encoding="utf-8").read() for k, v in FILES.items()}


def resolve(art, q):
    pat = ""
    for ch in q:
        if ch == "'":
            pat += "['\u2019\u2018]"
        elif ch == '"':
            pat += "[\"\u201c\u201d]"
        else:
            pat += re.escape(ch)
    m = re.search(pat, TEXT[art])
    if not m:
        sys.exit("QUOTE NOT FOUND in %s: %s" % (art, q))
    s = m.group(0)
    if len(s.split()) > 25:
        sys.exit("QUOTE TOO LONG (%d words) in %s: %s" % (len(s.split()), art, q))
    return s

# (article, quote, claim, topic, verdict, correct_fact, sources, note)
C = []
def add(*a):
    C.append(a)

# ---------------------------------------------------------------- 000
A = "000"
add(A, "On November 3, 2025, Peru suddenly announced its diplomatic break with Mexico.",
    "Peru announced the break of diplomatic relations with Mexico on 3 Nov 2025.", "history", "confirmed", "",
    "sdpnoticias20251103ruptura;ntn2420251106nongrata", "Announced by FM Hugo de Zela at a press conference on Monday 3 Nov 2025.")
add(A, "Mexico's embassy in Peru providing political asylum to former Peruvian Prime Minister Betsy Chávez",
    "The trigger was asylum given at Mexico's embassy (residence) in Lima to ex-PM Chávez.", "history", "confirmed", "",
    "elcomercio20251103residencia;elcomercio20251103mexicolamenta", "She was sheltered in the ambassador's residence of the Mexican embassy in San Isidro, Lima.")
add(A, "former Peruvian Prime Minister Betsy Chávez",
    "The former prime minister's name is spelled 'Betsy Chávez'.", "other", "contradicted",
    "Her name is Betssy Betzabet Chávez Chino (double s: 'Betssy').",
    "larevista2025perfil;elcomercio20251103mexicolamenta", "Spelling error repeated throughout article 000.")
add(A, "stirred up the long-standing grudges between the two countries dating back three years",
    "Bilateral grievances date back about three years (to late 2022).", "history", "confirmed", "",
    "eltiempo202212expulsa;rt2023retiro", "Friction began Dec 2022 (Castillo's removal, Monroy declared persona non grata 20 Dec 2022).")
add(A, "alleged involvement in the events related to the \"attempted coup\" by former Peruvian President Pedro Castillo in 2022",
    "Chávez was prosecuted over her alleged role in Castillo's Dec 2022 coup attempt.", "legal", "confirmed", "",
    "elcomercio20251103alegatos;elfinanciero20251127condena", "")
add(A, "She faced multiple charges, including rebellion and abuse of power for personal gain.",
    "Chávez faced several charges, among them rebellion and abuse of power for personal gain.", "legal", "partly correct",
    "Coup-trial charge was rebellion (conspiracy for rebellion added Sept 2025); the abuse-of-authority count was Castillo's. A 2022 probe covered misuse of office and influence peddling.",
    "elcomercio20250913conspiracion;elcomercio20251103alegatos;rfi20221126gabinete", "")
add(A, "Recently, she repeatedly skipped court hearings",
    "Before entering the embassy Chávez missed several trial hearings.", "legal", "confirmed", "",
    "rpp2025noblecilla;elcomercio20251103alegatos", "She missed the last three hearings; her lawyer said she had been excused for health reasons.")
add(A, "instead sought asylum at the Mexican embassy in Lima",
    "Chávez sought asylum at the Mexican embassy in Lima.", "history", "confirmed", "",
    "larepublica20251208canciller;elcomercio20251103residencia", "")
add(A, "attempting to flee Peru to avoid judicial proceedings",
    "Her motive was to flee Peru and escape the proceedings.", "other", "opinion", "", "",
    "Motive attribution. Peru's courts later cited flight risk; Chávez and Mexico say she is politically persecuted.")
add(A, "Mexico initiated the asylum procedure for her",
    "Mexico started the asylum procedure for Chávez.", "history", "confirmed", "",
    "c5n20251103rompio;diariocorreo20251104velasco", "Mexico's SRE then stated it had granted asylum (3 Nov) and sent a note requesting safe conduct (4 Nov).")
add(A, "Mexico's asylum act was regarded by Peru as a gross interference in its internal affairs",
    "Peru treated the asylum as interference in its internal affairs.", "history", "confirmed", "",
    "diariohuarpe20251103rompe;sdpnoticias20251103ruptura", "")
add(A, "Peruvian Foreign Minister Hugo de Zela stated bluntly that Mexico's move seriously violated basic diplomatic norms",
    "De Zela said Mexico's move seriously violated basic diplomatic norms.", "history", "partly correct",
    "De Zela called it an 'acto inamistoso' and cited repeated interference by Mexico's current and previous presidents; no source found for 'violated basic diplomatic norms'.",
    "sdpnoticias20251103ruptura;elcomercio20251103residencia", "")
add(A, "Peru had no choice but to take the extreme measure of severing diplomatic ties",
    "De Zela presented the rupture as forced on Peru.", "history", "confirmed", "",
    "c5n20251103rompio", "De Zela: Mexico's position 'ha llegado al punto de obligarnos a romper relaciones diplomáticas'.")
add(A, "The Mexican government has a long-standing tradition of providing asylum to political refugees",
    "Mexico has a long tradition of granting asylum to political refugees.", "history", "confirmed", "",
    "mgmnoticias2025velasco;eluniversal20150812chilenos;telesur202309exilio", "")
add(A, "believes that protecting Chávez is fulfilling its humanitarian responsibilities",
    "Mexico framed protecting Chávez as a humanitarian duty.", "history", "confirmed", "",
    "elcomercio20251103mexicolamenta;sinergia2025sre", "SRE cited its 'humanist' tradition, the 1954 Caracas Convention and Art. 11 of Mexico's Constitution.")
add(A, "The impeachment of Pedro Castillo in 2022 became a turning point for the deterioration of relations between the two countries.",
    "Castillo's removal in 2022 started the deterioration of Peru–Mexico relations.", "history", "confirmed", "",
    "eltiempo202212expulsa;rt2023retiro", "")
add(A, "Castillo attempted to dissolve the Congress, impose a nationwide curfew, and form an \"emergency government.\"",
    "On 7 Dec 2022 Castillo announced dissolving Congress, a national curfew and an emergency government.", "history", "confirmed", "",
    "elcomercio202505mensaje", "His message announced temporary dissolution of Congress, 'gobierno de emergencia excepcional' and a 22:00–04:00 national curfew.")
add(A, "This move was regarded as a \"coup\" by the Congress, which promptly removed him from office.",
    "Congress treated it as a coup and removed Castillo promptly.", "history", "confirmed", "",
    "heraldo2023retira;diariohuarpe20251128castillo", "Removed on 7 Dec 2022 with 101 of 130 votes.")
add(A, "repeatedly and publicly opposed the ousting of Castillo's administration, calling it an \"illegal coup.\"",
    "AMLO repeatedly opposed Castillo's ouster and called it an illegal coup.", "history", "confirmed", "",
    "rt2023retiro;sputnik20230525amlo", "AMLO spoke of a 'golpe de Estado' and of Castillo being 'injusta e ilegalmente destituido'.")
add(A, "He also high-profilely provided political asylum to Castillo's family members.",
    "AMLO's Mexico granted asylum to Castillo's family.", "history", "confirmed", "",
    "aldeadigital20221220monroy;eltiempo202212expulsa", "Wife Lilia Paredes and two children, Dec 2022; they left for Mexico on 21 Dec 2022.")
add(A, "In February 2023, Peru recalled its ambassador to Mexico and downgraded diplomatic relations between the two countries to the charge d'affaires level.",
    "In Feb 2023 Peru withdrew its ambassador and cut relations to chargé d'affaires level.", "history", "confirmed", "",
    "rt2023retiro;upress2023alianza;heraldo2023retira", "Boluarte announced the 'retiro definitivo' of ambassador Manuel Gerardo Talavera on Friday 24 Feb 2023.")
add(A, "Mexico refused to transfer the presidency of the Pacific Alliance to Peruvian President Dina Boluarte, citing non-recognition of the legitimacy of Boluarte's presidency.",
    "Mexico refused to hand Peru the Pacific Alliance pro tempore presidency, not recognising Boluarte.", "regional", "confirmed", "",
    "expansion20230602amenazados;rt2023retiro;upress2023alianza", "The presidency passed temporarily to Chile on 28 June 2023, per upress.")
add(A, "In response, the Peruvian Congress declared Mexican President Andrés Manuel López Obrador \"persona non grata.\"",
    "Peru's Congress declared AMLO persona non grata, partly over the Pacific Alliance refusal.", "history", "confirmed", "",
    "panamericana20230525amlo;noroeste202305amlo;expansion20230602amenazados",
    "Plenary vote on 25 May 2023. Vote count variants: 65-40-2 (Panamericana) vs 61-43-2 (Noroeste).")
add(A, "both Peru and Mexico are major economies in Latin America, with frequent bilateral trade and investment exchanges.",
    "Peru and Mexico have substantial bilateral trade and investment.", "economic", "confirmed", "",
    "infobae20251103comercio;foroeconomicoperu20251129ruptura", "Trade about US$2,507m in 2024 (MINCETUR) under a 2012 FTA; Peru is only ~1% of Mexico's exports.")
add(A, "After the diplomatic break, trade barriers between the two countries may increase",
    "Trade barriers may rise after the break.", "economic", "opinion", "", "",
    "Prediction. Ex-minister Mercedes Aráoz said the FTA keeps trade unaffected (panamericana20251105comercio).")
add(A, "Peru's export of characteristic agricultural products and Mexico's manufacturing investments may face difficulties.",
    "Peruvian farm exports and Mexican manufacturing investment may suffer.", "economic", "opinion", "", "", "Prediction.")
add(A, "Severing diplomatic ties is not a long-term solution to the problem.",
    "Breaking ties is no lasting solution.", "other", "opinion", "", "", "")
add(A, "other countries in the Latin American region should also play an active role in promoting reconciliation",
    "Other Latin American states should mediate.", "regional", "opinion", "", "", "")

# ---------------------------------------------------------------- 001
A = "001"
add(A, "Peru's decision to sever diplomatic relations with Mexico on the grounds that Mexico granted political asylum to former Prime Minister Betssy Chávez",
    "Peru cut diplomatic relations because Mexico granted asylum to ex-PM Betssy Chávez.", "history", "confirmed", "",
    "sdpnoticias20251103ruptura;elcomercio20251103mexicolamenta", "")
add(A, "The origins of the crisis date back to Pedro Castillo's rise to power in Peru in 2021.",
    "Castillo came to power in 2021.", "history", "confirmed", "",
    "amexi2025castillo;tiempoar2021castillo", "Castillo was president from July 2021 to 7 Dec 2022.")
add(A, "Castillo, a rural schoolteacher and former union leader",
    "Castillo was a rural schoolteacher and union leader.", "history", "confirmed", "",
    "cidob2021castillo;lapatilla20210409castillo", "Rural primary teacher from 1995; led the 2017 national teachers' strike (CONARE-SUTEP).")
add(A, "came to be known as \"Peru's first poor president.\"",
    "Castillo became known as 'Peru's first poor president'.", "history", "partly correct",
    "AP described him as the first president in Peru's history from a poor farming community; the exact epithet was not found.",
    "elnuevodia20251128castillo", "The article cites a BBC piece for this; the phrase itself was not verified.")
add(A, "his frequent cabinet changes, and the accusations of corruption made against his administration",
    "Castillo's government had frequent cabinet changes and faced corruption accusations.", "history", "confirmed", "",
    "rfi20221126gabinete;infobae20230323chavez", "Fifth cabinet in about 16 months (Nov 2022); Castillo faced six prosecutorial investigations.")
add(A, "The Constitutional Court declared Castillo's effort to dissolve Congress and establish an \"extraordinary government\" in December 2022 to be a coup attempt.",
    "Peru's Constitutional Court characterised Castillo's 7 Dec 2022 move as a coup.", "legal", "confirmed", "",
    "tc2024sentencia;tcgob2024nota;larepublica20240401tc",
    "TC ruling Exp. 01803-2023-PHC/TC of 20 Feb 2024 said the message set up a de facto government and 'supuso la ejecución de un golpe de Estado'.")
add(A, "Castillo was detained in a few hours after failing to obtain military assistance.",
    "Castillo was arrested within hours, lacking military support.", "history", "confirmed", "",
    "diariohuarpe20251128castillo;billieparker20251127castillo", "Arrested on 7 Dec 2022 minutes after leaving the palace, apparently headed to Mexico's embassy; no backing from the armed forces or police.")
add(A, "Left-leaning governments like Mexico saw this incident as \"the unlawful removal of a democratically elected leader,\"",
    "Mexico saw Castillo's removal as unlawful.", "regional", "confirmed", "",
    "rt2023retiro", "AMLO: Castillo was 'injusta e ilegalmente destituido'.")
add(A, "Mexico's decision in 2022 to grant asylum to Castillo's wife and children triggered the first major diplomatic rift between the two countries.",
    "Mexico's Dec 2022 asylum for Castillo's wife and children caused the first big rift.", "history", "confirmed", "",
    "aldeadigital20221220monroy;eltiempo202212expulsa", "")
add(A, "characterized this move as an act of \"interference in its internal affairs\" and expelled the Mexican ambassador.",
    "Peru called it interference and expelled Mexico's ambassador.", "history", "confirmed", "",
    "eltiempo202212expulsa;aldeadigital20221220monroy",
    "On 20 Dec 2022 FM Ana Cecilia Gervasi declared ambassador Pablo Monroy persona non grata with 72 hours to leave, citing Mexican leaders' statements.")
add(A, "The most recent crisis, which erupted in 2025, was reignited when Mexico granted asylum to Castillo's former prime minister, Betssy Chávez.",
    "The 2025 crisis began when Mexico granted asylum to Chávez.", "history", "confirmed", "",
    "elcomercio20251103mexicolamenta;diariocorreo20251104velasco", "")
add(A, "Chávez was freed on bond after being detained in 2023",
    "Chávez was detained in 2023 and later released on bond.", "legal", "partly correct",
    "Detained June 2023 (18-month pre-trial detention); released 4 Sept 2025 after the Constitutional Court granted habeas corpus ruling her continued detention arbitrary, not on bail.",
    "larepublica20250903tc;panamericana20250903tc;elcomercio20250904libertad", "Some English wire rewrites said 'released on bail'; Peruvian sources describe a TC habeas corpus release.")
add(A, "where she could have received a sentence of up to 25 years",
    "Chávez faced up to 25 years in prison.", "legal", "outdated",
    "Prosecutors sought 25 years; on 27 Nov 2025 the Supreme Court's special chamber convicted her of conspiracy for rebellion: 11 years 5 months 15 days.",
    "elcomercio20251103alegatos;elfinanciero20251127condena;diariocorreo2025condena",
    "Variant: Correo gives 11 years 5 months 11 days; most outlets give 15 days.")
add(A, "was seen by the Peruvian government as a flagrant violation of national sovereignty",
    "Peru saw the asylum as a violation of its sovereignty.", "history", "confirmed", "",
    "diariohuarpe20251103rompe", "De Zela: an unfriendly act affecting Peruvian sovereignty.")
add(A, "Hugo de Zela, the foreign minister of Peru, called the action \"an unfriendly act\" and declared that diplomatic ties with Mexico will be severed.",
    "FM de Zela called it an unfriendly act and announced the break.", "history", "confirmed", "",
    "sdpnoticias20251103ruptura;elcomercio20251103residencia", "")
add(A, "Mexico, in turn, deemed the decision \"excessive and disproportionate,\"",
    "Mexico called Peru's decision excessive and disproportionate.", "history", "confirmed", "",
    "elcomercio20251103mexicolamenta;informador20251104sre", "SRE statement of 3 Nov 2025.")
add(A, "arguing that the right to asylum is a humanitarian mechanism recognized under international law",
    "Mexico argued asylum is a humanitarian right recognised in international law.", "legal", "confirmed", "",
    "elcomercio20251103mexicolamenta;elmanana20251104velasco", "Cited the 1954 Caracas Convention and a 1967 UN General Assembly resolution.")
add(A, "while Peru has recently moved toward a policy line in line with center-right administrations",
    "Mexico follows left solidarity; Peru has moved to the centre-right.", "regional", "opinion", "", "", "Characterisation.")
add(A, "From supporters of Chile's Salvador Allende to refugees from the Spanish Civil War, Mexico has provided sanctuary",
    "Mexico sheltered Allende supporters and Spanish Civil War refugees.", "history", "confirmed", "",
    "eluniversal20150812chilenos;telesur202309exilio;pacarina2014exilios", "")
add(A, "since the conclusion of the Cold War",
    "Mexico's asylum record dates from the end of the Cold War.", "history", "contradicted",
    "Spanish Republican refugees arrived from 1939 and Chileans were sheltered from Sept 1973, both long before the Cold War ended (c. 1989–91).",
    "telesur202309exilio;eluniversal20150812chilenos;pacarina2014exilios", "")
add(A, "Lima has regarded the protection of Chávez inside the embassy while her judicial process is still ongoing as an \"obstruction of justice.\"",
    "Lima called sheltering Chávez during her trial 'obstruction of justice'.", "legal", "partly correct",
    "Peru argued the Caracas Convention was being misused to shelter people prosecuted for common crimes (statement of 7 Nov 2025); the phrase 'obstruction of justice' was not found.",
    "elcomercio20251130canciller;latinamericannews20251108oas;latinanoticias20251118dezela", "")
add(A, "former Mexican President Andrés Manuel López Obrador's public statements expressing support for Castillo provoked significant backlash within the Lima administration.",
    "AMLO's pro-Castillo statements caused backlash in Lima.", "history", "confirmed", "",
    "rt2023retiro;heraldo2023retira", "")
add(A, "The return of Lula da Silva to power in Brazil, Gustavo Petro's progressive agenda in Colombia, and Gabriel Boric's youthful left-wing vision in Chile",
    "Lula returned in Brazil; Petro and Boric led left governments in Colombia and Chile.", "regional", "confirmed", "",
    "telam202212ola;laiguana2023lula", "Boric took office in March 2022, Petro in August 2022, Lula on 1 Jan 2023.")
add(A, "have collectively been interpreted as a \"second leftist wave\" sweeping the continent",
    "Analysts called this a new leftist wave.", "regional", "confirmed", "",
    "telam202212ola", "Télam: these victories 'reinstaló la idea de un nuevo ciclo progresista'.")
add(A, "Mexico says that by supporting left-leaning figures like Castillo and Chávez, it is defending \"Latin American solidarity.\"",
    "Mexico says it defends 'Latin American solidarity' by backing Castillo and Chávez.", "regional", "unsupported",
    "Mexico's stated grounds were its humanist asylum tradition, the Caracas Convention and Art. 11 of its Constitution; no source found for a 'Latin American solidarity' framing.",
    "elcomercio20251103mexicolamenta;mgmnoticias2025velasco", "")
add(A, "The United States was cautious about Mexico's decision to give asylum since it was in favor of maintaining Peru's constitutional order.",
    "The US was wary of Mexico's asylum decision.", "regional", "unsupported",
    "No US government statement on the Chávez asylum was found. De Zela was due to meet Secretary of State Marco Rubio in Washington in Dec 2025.",
    "gestion20251129oea", "Searched in English and Spanish; no US reaction found.")
add(A, "made it more difficult for citizens of both countries to access diplomatic services",
    "The break made diplomatic services harder for citizens of both countries to access.", "history", "partly correct",
    "Consular relations were kept, but on 4 Nov 2025 Mexico's embassy in Lima closed to the public without notice, leaving visa and consular appointments pending.",
    "elcomercio20251103residencia;razon20251104velasco;panamericana2025atencion", "")
add(A, "A slowdown in commercial interactions is also likely.",
    "Trade will probably slow.", "economic", "opinion", "", "", "Prediction. Aráoz expected no effect on trade (panamericana20251105comercio).")
add(A, "After Evo Morales was overthrown in 2019, a similar conflict between Bolivia and Mexico eventually subsided in a matter of years.",
    "The 2019 Bolivia–Mexico dispute took years to subside.", "regional", "partly correct",
    "Áñez's government expelled Mexico's ambassador on 30 Dec 2019; ties normalised after Luis Arce took office (Nov 2020) and the ambassador returned in Jan 2021, about one year later.",
    "angulo72021mercado;jornada20210127mercado;infobae20210128mercado", "")
add(A, "it is expected that a renewed basis for dialogue will eventually emerge between Peru and Mexico as well",
    "Dialogue between Peru and Mexico will eventually resume.", "regional", "opinion", "", "", "Prediction.")
add(A, "both nations are unlikely to retreat in the near future",
    "Neither country will back down soon.", "regional", "opinion", "", "",
    "Prediction. As of Feb 2026 Peru still withheld safe conduct and Mexico kept the asylum (soynuevaprensa20260221balcazar).")
add(A, "Peru Cuts Diplomatic Ties with Mexico over Ex-PM's Asylum Claim\", BBC News",
    "The article's footnote cites a BBC News report with this title.", "other", "confirmed", "",
    "newtelegraph20251105bbc", "A report with this headline, attributed to the BBC, exists; the BBC page itself was not read.")

# ---------------------------------------------------------------- 002
A = "002"
add(A, "Peru's severance of ties over Mexico's grant of political asylum to a figure connected to the December 2022 political upheaval",
    "Peru broke ties over Mexico's asylum for a figure linked to the Dec 2022 events.", "history", "confirmed", "",
    "elcomercio20251103mexicolamenta;sdpnoticias20251103ruptura", "")
add(A, "engaged in 'an inadmissible and systematic manner' of interference in Peru's internal affairs",
    "Peru's foreign ministry accused Mexico of 'inadmissible and systematic' interference.", "history", "confirmed", "",
    "crbcnews2025statement", "From the ministry's statement on the evening of 3 Nov 2025, as quoted in English translation.")
add(A, "the seismic events of late 2022 that saw President Pedro Castillo's dramatic ouster and imprisonment",
    "Castillo was ousted and jailed in late 2022.", "history", "confirmed", "",
    "diariohuarpe20251128castillo;heraldo2023retira", "")
add(A, "a charge that strikes at the heart of the long-held Latin American doctrine of *uti possidetis juris*",
    "Interference charges relate to the doctrine of uti possidetis juris.", "legal", "contradicted",
    "Uti possidetis juris governs borders: new states inherit colonial administrative boundaries. It is not the principle of non-intervention.",
    "mpil1986uti", "ICJ, Frontier Dispute (Burkina Faso/Mali), 1986, describes the principle as first applied in Spanish America.")
add(A, "Mexican President Andrés Manuel López Obrador has repeatedly refused to recognize the government of President Dina Boluarte",
    "Mexico's president AMLO refuses to recognise President Boluarte's government.", "history", "partly correct",
    "AMLO did refuse (2022–2024) but left office on 30 Sep 2024. By Nov 2025 Sheinbaum was Mexico's president and José Jerí, not Boluarte, was Peru's.",
    "expansion20230602amenazados;informador20241001sheinbaum;latinanoticias20251010jeri", "")
add(A, "framing Castillo's removal as a 'coup'",
    "AMLO called Castillo's removal a coup.", "history", "confirmed", "",
    "rt2023retiro;sputnik20230525amlo", "")
add(A, "granting asylum to former first lady Lilia Paredes, whom Peruvian prosecutors have investigated for alleged corruption",
    "Mexico granted asylum to Lilia Paredes, under investigation in Peru.", "history", "confirmed", "",
    "aldeadigital20221220monroy;diariopuntouno2022paredes", "Paredes was under a preparatory investigation for criminal organisation over alleged bribes in public works.")
add(A, "the 2008 Andean diplomatic crisis when Colombia raided a FARC camp in Ecuadorian territory, leading to a similar severance of relations",
    "In 2008 Colombia struck a FARC camp in Ecuador, leading to a break in relations.", "regional", "confirmed", "",
    "lagaceta20080306tension;dinero20080305oea", "Colombia struck the camp on 1 March 2008, killing Raúl Reyes; Ecuador and Venezuela broke relations with Colombia.")
add(A, "where that conflict was mediated and contained through the Organization of American States (OAS)",
    "The 2008 crisis was mediated through the OAS.", "regional", "confirmed", "",
    "dinero20080305oea;expansion20080317oea", "OAS Permanent Council resolution (5 Mar 2008), a mission led by Insulza, and a foreign ministers' meeting on 17 Mar 2008.")
add(A, "a tradition rooted in the 1954 Caracas Convention on Diplomatic Asylum",
    "Latin America's diplomatic asylum tradition is rooted in the 1954 Caracas Convention.", "legal", "partly correct",
    "The 1954 Caracas Convention governs this case, but the regional tradition is older: Havana Convention on Asylum (20 Feb 1928) and Montevideo Convention on Political Asylum (1933).",
    "dipublico1928habana;studylib1933montevideo;elcomercio20251103mexicolamenta", "")
add(A, "Analysts from the International Crisis Group warn that this move effectively balkanizes Pacific Alliance cooperation",
    "International Crisis Group analysts warned the move balkanises the Pacific Alliance.", "regional", "unsupported",
    "No International Crisis Group statement on the Peru–Mexico rupture was found. Other analysts (e.g. IPAE's Gonzalo Galdós) said the Pacific Alliance was harmed.",
    "panamericana20251105comercio", "Two targeted searches found nothing; the quote may be invented.")
add(A, "The consequences will ripple far beyond recalled ambassadors",
    "Ambassadors were recalled in the rupture.", "history", "contradicted",
    "Neither country had an ambassador in place since early 2023. In Nov 2025 Peru ordered Mexico's chargé d'affaires, Karla Ornelas, to leave; she left on 8 Nov 2025.",
    "eldestapeweb20251109ornelas;informador20251104sre;nmas20251117salvoconducto", "")
add(A, "expect immediate economic fallout in supply chains, particularly in the agricultural and automotive sectors",
    "Immediate fallout is expected in farm and car supply chains.", "economic", "opinion", "", "",
    "Prediction. Peru exports fruit and minerals to Mexico and imports cars from it; Aráoz expected trade to hold up (panamericana20251105comercio).")
add(A, "potentially pushing Peru closer to the more conservative-led bloc including Chile and Ecuador",
    "Chile and Ecuador form a conservative-led bloc Peru may join.", "regional", "partly correct",
    "In Nov 2025 Ecuador was led by Daniel Noboa, but Chile was led by the leftist Gabriel Boric.",
    "tribuna20251108paz;telam202212ola", "Partly a prediction; the factual premise about Chile did not hold in Nov 2025.")
add(A, "Mexico further aligns itself with the left-leaning governments of Bolivia and Colombia under Gustavo Petro",
    "Bolivia and Colombia have left-leaning governments aligned with Mexico.", "regional", "outdated",
    "Colombia was led by Petro, but on 8 Nov 2025 centrist/centre-right Rodrigo Paz took office in Bolivia, ending two decades of MAS rule.",
    "tribuna20251108paz;ushuaia2420251109paz", "Accurate only if written before 8 Nov 2025; article undated.")
add(A, "Gustavo Petro, who has echoed Mexico's criticisms",
    "Colombia's Petro echoed Mexico's criticism of Peru.", "regional", "confirmed", "",
    "diariocorreo20251107petro;elcomercio20251121petro",
    "On 6–7 Nov 2025 Petro backed Sheinbaum and Castillo; on 21 Nov he threatened to withdraw Colombia's embassy if Peru entered Mexico's.")
add(A, "This is a calculated, high-stakes gambit by the Boluarte administration",
    "Boluarte's administration decided the rupture.", "history", "contradicted",
    "Boluarte was removed by Congress on 10 Oct 2025; the rupture was decided by interim President José Jerí's government (FM Hugo de Zela).",
    "latinanoticias20251010jeri;rpp20251010vacancia;informador20251104sre", "")
add(A, "it leaves the OAS and the Community of Latin American and Caribbean States (CELAC) with a formidable challenge",
    "The OAS and CELAC face a major challenge.", "regional", "opinion", "", "",
    "Peru took its asylum proposal to the OAS Permanent Council on 3 Dec 2025 (panamericana20251203oea).")

# ---------------------------------------------------------------- 003
A = "003"
add(A, "Peru severed diplomatic ties with Mexico after Mexico granted asylum to Betssy Chavez, a former Peruvian prime minister linked to Pedro Castillo's government.",
    "Peru cut ties after Mexico granted asylum to ex-PM Chávez of Castillo's government.", "history", "confirmed", "",
    "elcomercio20251103mexicolamenta;sdpnoticias20251103ruptura", "")
add(A, "Peru accuses Mexico of interference, while Mexico defends its actions under international law.",
    "Peru alleges interference; Mexico invokes international law.", "legal", "confirmed", "",
    "diariohuarpe20251103rompe;elcomercio20251103mexicolamenta", "")
add(A, "Peru's declaration of Chavez as persona non grata",
    "Peru declared Chávez persona non grata.", "legal", "contradicted",
    "On 6 Nov 2025 Peru's Congress declared Mexican President Claudia Sheinbaum persona non grata. Chávez is a Peruvian national; Peru's courts ordered her capture instead.",
    "ntn2420251106nongrata;diariocorreo20251107nongrata;elfinanciero20251127condena", "Apparently confuses Chávez with Sheinbaum.")
add(A, "the review of the Caracas Convention",
    "Peru is pursuing a review of the Caracas Convention.", "legal", "confirmed", "",
    "elcomercio20251130canciller;latinamericannews20251108oas;panamericana20251203oea",
    "On 7 Nov 2025 Peru said it would consult OAS members to modify the 1954 Convention; de Zela presented the proposal at the OAS on 3 Dec 2025.")
add(A, "both countries are key members of the Pacific Alliance",
    "Peru and Mexico are both Pacific Alliance members.", "regional", "confirmed", "",
    "infobae20251103comercio;foroeconomicoperu20251129ruptura", "Co-founders with Chile and Colombia.")
add(A, "The situation will likely lead to prolonged diplomatic disengagement unless mediated by regional bodies.",
    "A long diplomatic freeze is likely without regional mediation.", "regional", "opinion", "", "",
    "Prediction. As of Feb 2026 relations were still broken and safe conduct still withheld (soynuevaprensa20260221balcazar).")
add(A, "Reuters reports that Peru has accused Mexico of interference and is reviewing the legal basis for its actions under the 1954 Caracas Convention",
    "Reuters reported Peru reviewing the case under the 1954 Caracas Convention.", "legal", "confirmed", "",
    "latinamericannews2025reuters", "De Zela told Reuters that Foreign Ministry jurists were examining the Convention's terms.")
add(A, "Foreign Minister Hugo de Zela emphasizing the need for careful legal analysis",
    "De Zela stressed careful legal analysis.", "legal", "confirmed", "",
    "latinamericannews2025reuters;tribunademexico20251106salvoconducto", "He asked for a fast study 'with the necessary pause to do it well'.")
add(A, "Peru's Congress voting to declare President Claudia Sheinbaum persona non grata",
    "Peru's Congress voted to declare Sheinbaum persona non grata.", "history", "confirmed", "",
    "ntn2420251106nongrata;larepublica20251106nongrata;sdpnoticias20251106nongrata",
    "Motion 19057 passed on 6 Nov 2025, 63-34-2 (NTN24, Correo). Variants: 63-34-5 (La República), 63-33-2 (SDP). Al Jazeera's report itself not checked.")
add(A, "Betssy Chavez, who served as Peru's prime minister under Pedro Castillo",
    "Chávez was Castillo's prime minister.", "history", "confirmed", "",
    "rfi20221126gabinete;sputnik20221126jura", "")
add(A, "Castillo was ousted and arrested in late 2022 after attempting to dissolve Congress.",
    "Castillo was removed and arrested in late 2022 after trying to dissolve Congress.", "history", "confirmed", "",
    "diariohuarpe20251128castillo;heraldo2023retira", "7 Dec 2022.")
add(A, "Chavez faces conspiracy charges related to Castillo's 2022 attempt.",
    "Chávez faces conspiracy charges over the 2022 attempt.", "legal", "outdated",
    "Charged with rebellion, with conspiracy for rebellion added in Sept 2025; on 27 Nov 2025 she was convicted of conspiracy for rebellion (11 years 5 months 15 days).",
    "elcomercio20250913conspiracion;elfinanciero20251127condena", "Written 9 Nov 2025, before the verdict.")
add(A, "has debated legal measures under the 1954 Caracas Convention",
    "Peru debated legal steps under the 1954 Caracas Convention.", "legal", "confirmed", "",
    "exitosa20251110salvoconducto;latinamericannews20251108oas", "")
add(A, "Relations between the two countries have been strained since Mexico also granted asylum to Castillo's wife and children",
    "Relations have been strained since Mexico's asylum for Castillo's family.", "history", "confirmed", "",
    "eltiempo202212expulsa;aldeadigital20221220monroy", "")
add(A, "Mexico's support for Castillo has been viewed as interference in Peru's internal affairs.",
    "Peru viewed Mexico's support for Castillo as interference.", "history", "confirmed", "",
    "eltiempo202212expulsa;rt2023retiro", "")
add(A, "Attaining prominence as leading figure in the 2017 teacher strike in Peru",
    "Castillo rose to prominence leading the 2017 teachers' strike.", "history", "confirmed", "",
    "cidob2021castillo;lapatilla20210409castillo", "The strike ran from June to September 2017.")
add(A, "he is currently running for President of Peru in the 2021 general election with Free Peru.",
    "Castillo is currently a candidate in the 2021 presidential election.", "history", "outdated",
    "Castillo won the 2021 election and was president from July 2021 until his removal on 7 Dec 2022; he was convicted on 27 Nov 2025.",
    "tiempoar2021castillo;amexi2025castillo;elfinanciero20251127condena", "Stale encyclopedia snippet on the page.")
add(A, "Claudia Sheinbaum Pardo (born 24 June 1962)",
    "Sheinbaum was born on 24 June 1962.", "other", "confirmed", "",
    "krdo20241106sheinbaum", "")
add(A, "current president of Mexico since 2024. She is the first woman and the first Jewish person to hold the office.",
    "Sheinbaum has been president since 2024; she is the first woman and first Jewish person in the office.", "other", "confirmed", "",
    "informador20241001sheinbaum;krdo20241106sheinbaum", "Took office 1 Oct 2024. CNN says first person of Jewish heritage elected.")
add(A, "the 66th and current president of Mexico",
    "Sheinbaum is Mexico's 66th president.", "other", "unsupported",
    "No clear source found for the ordinal; Informador's wording on '66' is ambiguous between AMLO and Sheinbaum.",
    "informador20241001sheinbaum", "")
add(A, "Betssy Betzabet Chávez Chino (born 3 June 1989)",
    "Chávez was born on 3 June 1989.", "other", "confirmed", "",
    "larevista2025perfil;owiki2023betssy", "Born in Ciudad Nueva, Tacna. Consistent with RFI giving her age as 33 in Nov 2022.")
add(A, "served as prime minister of Peru from 26 November until 7 December 2022 when she resigned from office",
    "Chávez was PM from 26 Nov to 7 Dec 2022, when she resigned.", "history", "partly correct",
    "RFI and La Revista date her appointment to Friday 25 Nov 2022 (Sputnik reported it on 26 Nov); her tenure ended 7 Dec 2022.",
    "rfi20221126gabinete;larevista2025perfil;sputnik20221126jura;owiki2023betssy",
    "Start-date variant 25 vs 26 Nov. The resignation is reported only by La Revista and an encyclopedia mirror.")
add(A, "She was Peru's seventh female prime minister.",
    "Chávez was Peru's seventh female PM.", "other", "confirmed", "",
    "owiki2023betssy", "Only an encyclopedic mirror found; no press or official source.")

# ---------------------------------------------------------------- 004
A = "004"
add(A, "the government of Peru announced on Monday that it is cutting all diplomatic relations with Mexico",
    "On Monday Peru cut all diplomatic relations with Mexico.", "history", "partly correct",
    "Announced Monday 3 Nov 2025; it broke diplomatic but explicitly not consular relations.",
    "elcomercio20251103residencia;ntn2420251106nongrata;diariohuarpe20251103rompe", "")
add(A, "following the granting of political asylum to former Peruvian Prime Minister Betssy Chávez by the Mexican government",
    "The break followed Mexico's asylum grant to Chávez.", "history", "confirmed", "",
    "elcomercio20251103mexicolamenta", "")
add(A, "The decision, described by Lima as a response to an \"unfriendly act,\"",
    "Lima called Mexico's move an unfriendly act.", "history", "confirmed", "",
    "sdpnoticias20251103ruptura;elcomercio20251103residencia", "")
add(A, "marks one of the most serious diplomatic ruptures in recent Latin American history",
    "This is among the most serious recent ruptures in Latin America.", "regional", "opinion", "", "", "")
add(A, "after confirming that former Prime Minister Betssy Chávez had sought refuge inside the Mexican embassy in Lima",
    "De Zela acted after confirming Chávez was inside the Mexican embassy.", "history", "confirmed", "",
    "elcomercio20251103residencia", "She was in the embassy residence.")
add(A, "He accused Mexico of interfering in Peru's domestic affairs",
    "De Zela accused Mexico of interference.", "history", "confirmed", "",
    "sdpnoticias20251103ruptura;diariohuarpe20251103rompe", "")
add(A, "\"granting asylum to an individual facing serious criminal charges amounts to a deliberate challenge to Peru's sovereignty and its justice system.\"",
    "De Zela said asylum for someone facing serious charges was a deliberate challenge to Peru's sovereignty and justice.", "history", "unsupported",
    "No report of this quote was found. De Zela's reported words: 'surprise and deep regret', 'acto inamistoso', and repeated interference by Mexico's current and previous presidents.",
    "elcomercio20251103residencia;sdpnoticias20251103ruptura;c5n20251103rompio", "Likely invented quotation.")
add(A, "The Peruvian government has officially ordered the closure of its embassy in Mexico City and recalled its diplomatic staff.",
    "Peru ordered its Mexico City embassy closed and recalled its diplomats.", "history", "partly correct",
    "De Zela said Peruvian embassy officials would leave Mexico as Mexico's left Peru; consulates stayed open. No formal closure order was found.",
    "infobae20251104funcionarios;diariohuarpe20251103rompe", "")
add(A, "All Mexican diplomats stationed in Lima are expected to depart within the coming days.",
    "All Mexican diplomats in Lima would leave within days.", "history", "partly correct",
    "Peru gave chargé Karla Ornelas a peremptory deadline and she left on 8 Nov 2025. Consular staff stayed, and a minimal team kept caring for Chávez at the residence.",
    "informador20251104sre;eldestapeweb20251109ornelas;larepublica20251208canciller;tribunademexico20251106salvoconducto", "Tribuna de México reported a deadline of about two weeks for embassy staff.")
add(A, "The move effectively suspends decades of political, economic, and cultural cooperation between the two nations.",
    "The break suspends decades of cooperation.", "economic", "opinion", "", "",
    "Trade continued under the 2012 FTA (panamericana20251105comercio).")
add(A, "the left-wing leader ousted in December 2022 after attempting to dissolve Congress",
    "Castillo, a leftist, was ousted in Dec 2022 after trying to dissolve Congress.", "history", "confirmed", "",
    "diariohuarpe20251128castillo;heraldo2023retira", "")
add(A, "Chávez has been under investigation for her alleged involvement in supporting Castillo's unconstitutional power grab.",
    "Chávez is under investigation over Castillo's power grab.", "legal", "outdated",
    "She was on trial from March 2025 and on 27 Nov 2025 was convicted of conspiracy for rebellion (11 years 5 months 15 days).",
    "elcomercio20250913conspiracion;elfinanciero20251127condena", "")
add(A, "She was detained in 2023 and later released on conditional bail while awaiting trial.",
    "Chávez was detained in 2023 and later freed on conditional bail.", "legal", "partly correct",
    "Detained June 2023; released 4 Sept 2025 when the Constitutional Court granted habeas corpus. Release was by court order, not bail.",
    "larepublica20250903tc;elcomercio20250904libertad;panamericana20250903tc", "")
add(A, "Reports suggest that Chávez entered the Mexican embassy in Lima last week",
    "Chávez entered the Mexican embassy the week before the announcement.", "history", "contradicted",
    "Peruvian and wire reports place her arrival at the embassy residence on 3 Nov 2025, the day of the announcement (Reuters: 'earlier in the day').",
    "larepublica20251208canciller;newsaz20251104reuters;billieparker20251127castillo",
    "Her lawyer had not heard from her for several days before 3 Nov; the exact hour of entry is unconfirmed.")
add(A, "requested political asylum, claiming she was the target of political persecution",
    "Chávez asked for asylum alleging political persecution.", "history", "confirmed", "",
    "elcomercio20251103mexicolamenta;diariocorreo20251104velasco", "")
add(A, "Mexico granted her request on humanitarian grounds, citing its long-standing policy of protecting political refugees.",
    "Mexico granted asylum citing its humanitarian tradition.", "history", "confirmed", "",
    "elcomercio20251103mexicolamenta;mexnews2025asylum", "")
add(A, "The government maintains that Chávez's case is strictly a matter of criminal prosecution, not political persecution",
    "Peru says Chávez faces criminal prosecution, not persecution.", "legal", "confirmed", "",
    "diariohuarpe20251103rompe;latinanoticias20251118dezela",
    "De Zela called the persecution claim 'falsa e inaceptable' and said rebellion is a common crime for which asylum does not apply.")
add(A, "Mexican President Andrés Manuel López Obrador has repeatedly denounced Castillo's ouster",
    "Mexico's president AMLO repeatedly denounces Castillo's ouster.", "history", "partly correct",
    "AMLO denounced it while president (Dec 2022–Sep 2024), but by Nov 2025 he had left office; Claudia Sheinbaum has been president since 1 Oct 2024.",
    "rt2023retiro;informador20241001sheinbaum", "")
add(A, "President Dina Boluarte's administration accused López Obrador of meddling in Peru's internal affairs",
    "Boluarte's government accused AMLO of meddling.", "history", "confirmed", "",
    "rt2023retiro;heraldo2023retira", "Boluarte, 24 Feb 2023: AMLO violated the principle of non-interference.")
add(A, "this rupture represents the culmination of nearly two years of escalating friction",
    "The rupture follows nearly two years of friction.", "history", "contradicted",
    "Friction began in Dec 2022 (Castillo's removal, Monroy expelled on 20 Dec 2022), nearly three years before Nov 2025.",
    "eltiempo202212expulsa;aldeadigital20221220monroy", "")
add(A, "affecting cooperation within blocs such as CELAC and the Pacific Alliance, where both nations play influential roles",
    "Both countries are active in the Pacific Alliance (and CELAC).", "regional", "confirmed", "",
    "infobae20251103comercio;foroeconomicoperu20251129ruptura", "Pacific Alliance membership confirmed; CELAC membership not separately sourced.")
add(A, "For President Dina Boluarte, the decision to sever ties with Mexico marks an assertive effort",
    "President Boluarte made the decision to sever ties.", "history", "contradicted",
    "Boluarte was removed on 10 Oct 2025; José Jerí was interim president when Peru broke relations on 3 Nov 2025.",
    "latinanoticias20251010jeri;rpp20251010vacancia;informador20251104sre", "")
add(A, "critics argue that the move risks isolating Peru diplomatically",
    "Critics say Peru risks isolation.", "regional", "opinion", "", "", "Petro urged Peru not to isolate itself (panamericana20251107petro).")
add(A, "is unlikely to reverse its stance leaving the two nations at a stalemate",
    "Mexico won't reverse course; stalemate follows.", "regional", "opinion", "", "",
    "Prediction. As of Feb 2026 Mexico maintained the asylum and Peru withheld safe conduct (soynuevaprensa20260221balcazar).")
add(A, "Mexico has yet to formally respond to Peru's announcement",
    "Mexico has not formally responded yet.", "history", "outdated",
    "Mexico's SRE issued a statement the same evening (3 Nov 2025) calling the decision 'excesiva y desproporcionada'.",
    "elcomercio20251103mexicolamenta;newsaz20251104reuters", "Reuters initially reported no immediate Mexican response.")
add(A, "diplomatic observers expect President López Obrador's government to stand by its decision",
    "AMLO's government is Mexico's government.", "history", "contradicted",
    "Claudia Sheinbaum has been Mexico's president since 1 Oct 2024; AMLO was out of office in Nov 2025.",
    "informador20241001sheinbaum;krdo20241106sheinbaum", "")
add(A, "The Mexican Foreign Ministry is anticipated to issue a statement reaffirming its sovereign right to grant asylum under international law.",
    "Mexico's foreign ministry will issue a statement defending asylum.", "legal", "opinion", "", "",
    "Prediction, borne out: SRE statement of 3 Nov 2025 (elcomercio20251103mexicolamenta).")
add(A, "Regional organizations such as the Organization of American States (OAS) may attempt mediation in the coming weeks",
    "The OAS may mediate within weeks.", "regional", "opinion", "", "",
    "Prediction. No OAS mediation was found; Peru instead put an asylum-reform proposal to the OAS Permanent Council (3 Dec 2025).")

# ---------------------------------------------------------------- write
VERDICTS = {"confirmed", "partly correct", "contradicted", "outdated", "unsupported", "opinion"}
TOPICS = {"history", "legal", "regional", "economic", "other"}
rows, seq = [], {}
for art, q, claim, topic, verdict, cf, src, note in C:
    assert verdict in VERDICTS, verdict
    assert topic in TOPICS, topic
    if verdict not in ("confirmed", "opinion"):
        assert cf, (art, q)
    if verdict != "opinion":
        assert src, (art, q)
    seq[art] = seq.get(art, 0) + 1
    quote = resolve(art, q)
    rows.append({
        "id": "C%s-%02d" % (art, seq[art]), "article": FILES[art],
        "outlet": META[art][0], "article_date": META[art][1],
        "quote": quote, "claim": claim, "topic": topic, "verdict": verdict,
        "correct_fact": cf, "sources": src, "note": note,
    })
if "--force" not in sys.argv:
    sys.exit("claims.csv is edited directly now; this first-pass builder would drop its evidence "
             "column and revised verdicts (run with --force only to inspect the first pass)")
HEADER = ["id", "article", "outlet", "article_date", "quote", "claim", "topic", "verdict", "correct_fact", "sources", "note"]
with open(OUT, "w", encoding="utf-8", newline="") as f:
    w = csv.DictWriter(f, fieldnames=HEADER)
    w.writeheader()
    w.writerows(rows)
print("wrote", len(rows), "rows")
