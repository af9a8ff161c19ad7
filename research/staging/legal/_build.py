import csv, os
D = "/work/main/research/staging/legal"
def w(name, header, rows):
    with open(os.path.join(D, name), "w", newline="", encoding="utf-8") as f:
        cw = csv.writer(f)
        cw.writerow(header)
        for r in rows:
            assert len(r) == len(header), (name, r)
            cw.writerow(r)

# ---------------- treaties.csv ----------------
treaties = [
 ["havana-1928","Convention on Asylum","Convención sobre Asilo","1928-02-20","Havana","1929-05-21","",
  "docslibndhavana;catalogondhabana;studylibndhabana"],
 ["montevideo-1933","Convention on Political Asylum","Convención sobre Asilo Político","1933-12-26","Montevideo","","",
  "aprenderlyndmontevideo;studylibndmontevideo;googlebooksndmontevideo"],
 ["caracas-1954","Convention on Diplomatic Asylum","Convención sobre Asilo Diplomático","1954-03-28","Caracas","1954-12-29",
  "OAS General Secretariat","docslib1986unts24377;whatconventionndcaracasen;oasndcaracastext;wikipediandcaracas"],
 ["vienna-1961","Vienna Convention on Diplomatic Relations","Convención de Viena sobre Relaciones Diplomáticas","1961-04-18","Vienna","1964-04-24",
  "UN Secretary-General","vlexndvcdr;untsndvcdr;factindexndvcdr"],
]
w("treaties.csv", ["id","title_en","title_es","adopted","place","entry_into_force","depositary","sources"], treaties)

# ---------------- treaty_status.csv ----------------
H = ["treaty","state","variant","signature","consent","consent_type","denunciation","denunciation_withdrawn","reservations","sources","note"]
rows = []
# Havana 1928: plenipotentiaries listed in preamble
hav = ["PER","URY","PAN","ECU","MEX","SLV","GTM","NIC","BOL","VEN","COL","HND","CRI","CHL","BRA","ARG","PRY","HTI","DOM","USA","CUB"]
for s in hav:
    note = "Signatory per the preamble list of plenipotentiaries (signature block itself not read); ratification status and dates not retrieved (no OAS status table found in the corpus)."
    src = "catalogondhabana;docslibndhavana"
    if s == "MEX":
        note += " Mexico promulgated the convention in the Diario Oficial of 1929-03-19 (publication date, not a consent date)."
        src += ";studyresndhabana"
    if s == "ARG":
        note += " Preamble notes one Argentine plenipotentiary (Honorio Pueyrredón) later resigned."
    rows.append(["havana-1928", s, "1", "1928-02-20", "", "", "", "", "", src, note])
# Montevideo 1933: only partial preamble list read
mon = ["HND","USA","SLV","DOM","HTI","ARG","VEN","URY"]
for s in mon:
    rows.append(["montevideo-1933", s, "1", "1933-12-26", "", "", "", "", "", "aprenderlyndmontevideo",
                 "Signatory per the (truncated) preamble list of plenipotentiaries in Mexico's 1936 promulgation text; consent date not retrieved."])
rows.append(["montevideo-1933","MEX","1","1933-12-26","","","","","","aprenderlyndmontevideo",
             "Mexico's promulgation decree (Diario Oficial 1936-04-10) states the convention was concluded and signed by plenipotentiaries between Mexico and other nations; consent date not retrieved."])

# Caracas 1954
WCen="whatconventionndcaracasen"; WCfr="whatconventionndcaracasfr"; DL="docslibndcaracasx2"; UN="docslib1986unts24377"
cnote_dl = "DL date as printed in an undated compilation (OAS Treaty Series No. 18 / 1438 UNTS 104); it does not say whether it is ratification or deposit."
cnote_wc = "WhatConvention column 'Ratification date *' (meaning of asterisk not visible in stored copy)."
def car(s, v, sig, con, ctype, den, dw, res, src, note):
    rows.append(["caracas-1954", s, v, sig, con, ctype, den, dw, res, src, note])
car("ARG","1","1954-03-28","1993-02-15","ratification","","",
    "WhatConvention shows a signature-time reservation on Art. VII (asylees' freedom of expression); DL shows no reservation marker for Argentina.",
    f"{WCen};{DL}", "Consent date agrees in both sources. "+cnote_wc+" The WhatConvention reservation text refers to the 'Convention regarding Territorial Asylum' - possible mix-up with the 1954 territorial asylum treaty (analyst observation).")
for s in ["BOL","CHL","COL","CUB","NIC"]:
    car(s,"1","1954-03-28","","","","","",f"{WCen};{DL}" if s not in ("NIC",) else f"{WCfr};{DL}","Signed only.")
car("BRA","1","1954-03-28","1957-06-25","ratification","","","",f"{WCen};{DL}","Both sources agree. "+cnote_wc)
car("CRI","1","1954-06-16","1955-01-13","ratification","","","",f"{WCen};{DL}","Signed later than the 28 March conference date per WhatConvention. Both sources agree on consent date.")
car("DOM","1","1954-03-28","1961-11-17","ratification","","",
    "Rejects unilateral determination of urgency by asylum state (Art. VII and following); excludes disputes on absence of danger or of real persecution (WhatConvention); DL marks '*VII, general'.",
    f"{WCen};{DL}","Both sources agree on dates.")
car("ECU","1","1954-03-28","1955-03-20","ratification","","","",f"{WCen};{DL}","Both sources agree.")
car("SLV","1","1954-03-28","1954-09-06","ratification","","","",DL,"Variant 1: DL compilation date. "+cnote_dl)
car("SLV","2","1954-03-28","1954-06-09","ratification","","","",f"{WCen};{WCfr};oasndterritorialasylum","Variant 2: WhatConvention gives 9 Jun 1954; possibly a day/month swap of 09/06/54 (OAS pages use MM/DD/YY) - analyst hypothesis, unverified.")
car("SLV","3","","1954-09-28","ratification","","","",UN,"Variant 3: UNTS registration footnote gives 28 Sep 1954 as DATE OF DEPOSIT of El Salvador's instrument (first deposit).")
car("GTM","1","1954-03-28","1983-03-05","ratification","","",
    "DL marks reservations to Arts. II and XX.",DL,"Variant 1 (reservation per DL). Consent date agrees with WhatConvention. "+cnote_dl)
car("GTM","2","1954-03-28","1983-03-05","ratification","","",
    "WhatConvention: reservation to Art. III (surrender of political persecutees barred by Guatemala's constitution) and reading of 'internment' in Art. IX as distance from border.",
    f"{WCen};{WCfr}","Variant 2 (reservation per WhatConvention). Its text may belong to the territorial asylum treaty (analyst observation); OAS A-46 reservation page not retrieved.")
car("HTI","1","1954-03-28","1955-01-18","ratification","1967-08-01","1974-12-01","",DL,"Variant 1: DL lists ratification 18 Jan 1955, denunciation 1 Aug 1967, withdrawal of denunciation 1 Dec 1974.")
car("HTI","2","1954-03-28","1974-12-01","ratification","","","",WCfr,"Variant 2: WhatConvention lists 1 Dec 1974 as ratification date, with a comment that Haiti was also a party from 18/01/1955 to 1/08/1967.")
car("HND","1","1954-03-28","","","","",
    "General reservation at signature on articles contrary to Honduran constitution and laws (WhatConvention; DL '*general').",
    f"{WCfr};{DL}","Signed only. WhatConvention's reservation text names the territorial asylum convention (possible mix-up).")
car("MEX","1","1954-03-28","1957-01-25","ratification","","","",f"{WCfr};{DL}","Both sources agree on 25 Jan 1957. "+cnote_wc+" "+cnote_dl)
car("PAN","1","1954-03-28","1958-01-16","ratification","","","",f"{DL};{WCfr}","DL gives 16 Jan 1958; WhatConvention row truncated in stored copy ('16 jan...').")
car("PRY","1","","1956-10-04","ratification","","","",DL,"Signature date not read. "+cnote_dl)
car("PER","1","","1962-05-21","ratification","","","",DL,"Only one source found for Peru's date (DL); WhatConvention's Peru row not visible in stored copy. Signature date not read. "+cnote_dl+" No Peruvian denunciation found.")
car("URY","1","","1967-06-06","ratification","","","DL marks reservations to Arts. II, XV and XX (text not read).",DL,"Signature date not read. "+cnote_dl)
car("VEN","1","","1954-12-15","ratification","","","",DL,"Signature date not read. UNTS footnote shows a second deposit on 29 Dec 1954 (entry into force) but the depositing state's name is cut in the stored copy. "+cnote_dl)

# Vienna 1961 - 35 states of the Americas
am = ["ATG","ARG","BHS","BRB","BLZ","BOL","BRA","CAN","CHL","COL","CRI","CUB","DMA","DOM","ECU","SLV","GRD","GTM","GUY","HTI","HND","JAM","MEX","NIC","PAN","PRY","PER","KNA","LCA","VCT","SUR","TTO","USA","URY","VEN"]
vlex_seen = set(am[:27])
for s in am:
    if s == "ATG":
        rows.append(["vienna-1961",s,"1","","2017-02-17","accession","","","","untsndvcdr;vlexndvcdr","UNTS record: date of notification/deposit 17/02/2017, effective 19/03/2017."])
    elif s == "ARG":
        rows.append(["vienna-1961",s,"1","1961-04-18","1963-10-10","ratification","","","","untsndvcdr;vlexndvcdr","UNTS record: deposit 10/10/1963, effective 24/04/1964."])
    elif s == "BHS":
        rows.append(["vienna-1961",s,"1","","1977-03-17","succession","","","","untsndvcdr;vlexndvcdr","UNTS record: succession notified 17/03/1977; an objection entry is also listed (not read in full)."])
    elif s in vlex_seen:
        rows.append(["vienna-1961",s,"1","","","","","","","vlexndvcdr","Listed as a participant on the UNTS-registration mirror (vlex); signature/consent dates NOT retrieved (UNTC III-3 status table not in corpus)."])
    else:
        rows.append(["vienna-1961",s,"1","","","","","","","","Participation and dates NOT verified: UNTC III-3 table not retrieved and stored vlex participant list truncated before this state."])
w("treaty_status.csv", H, rows)

# ---------------- provisions.csv ----------------
P = []
def prov(i, t, a, summ, inv, how, src):
    assert len(summ) <= 200, (i, len(summ))
    P.append([i, t, a, summ, inv, how, src])
OASTXT="oasndcaracastext"; EU="eluniverso20030814caracas"; ET="eltelegrafondcaracas"
prov("caracas-I","caracas-1954","I","Asylum in legations, warships and military camps or aircraft for persons sought for political reasons must be respected; 'legation' includes the head of mission's residence.",
     "neither","No explicit invocation found. Chávez was sheltered in the residence of the Mexican embassy in San Isidro, Lima (radiouno; cnctv).",
     f"{OASTXT};{UN};radiouno2025asilo;cnctv2025salvoconducto")
prov("caracas-II","caracas-1954","II","Every State may grant asylum but is not bound to do so nor to explain a refusal.",
     "neither","No explicit invocation by either government found in sources read.",f"{OASTXT};{EU}")
prov("caracas-III","caracas-1954","III","No asylum for persons indicted, tried or convicted by regular courts for common offences (or deserters) unless the acts are clearly political; such persons must leave or be surrendered.",
     "PER","Peru's foreign ministry (communiqué 7 Nov 2025) said asylum was being misused for people tried or convicted for common crimes; FM Hugo de Zela told CNN rebellion is a common crime under Peruvian law. Mexico's SRE answered that Chávez suffered political persecution.",
     f"{OASTXT};exitosa20251107comunicado;latinanoticias20251118oea;eldia20251104ruptura")
prov("caracas-IV","caracas-1954","IV","The asylum-granting State determines the nature of the offence or the motives for the persecution.",
     "both","Mexico's under-secretary Roberto Velasco (4 Nov 2025) cited Art. 4: Mexico judged Chávez a victim of political persecution. Peru's FM de Zela (6 Nov) said Mexico may assess the case but Peru decides the safe-conduct; Prensa Latina says Peru's plan would curb exclusive qualification.",
     f"{OASTXT};nvnoticias20251104asilo;tribunademexico20251106salvoconducto;prensalatina20260209canciller")
prov("caracas-V","caracas-1954","V","Asylum only in urgent cases and only for the time strictly needed for the asylee to leave the country safely with the territorial State's guarantees.",
     "neither","No statement by either government on urgency found in sources read (gap).",f"{EU};{ET}")
prov("caracas-VI","caracas-1954","VI","Urgent cases include pursuit by uncontrolled mobs or by the authorities, or danger to life or liberty from political persecution with no other safe way out.",
     "neither","No statement by either government on urgency found in sources read (gap).",f"{EU};{ET};800noticiasndviena")
prov("caracas-VII","caracas-1954","VII","The asylum-granting State assesses whether the case is urgent.",
     "neither","No statement by either government found (gap). Note the Dominican Republic's reservation to Art. VII (treaty_status.csv).",f"{EU};{WCen}")
prov("caracas-IX","caracas-1954","IX","The asylum official takes into account the territorial government's information on the offence, but his decision to continue asylum or demand a safe-conduct must be respected.",
     "PER","At the OAS Permanent Council (3 Dec 2025) FM de Zela proposed a mandatory prior procedure so asylum states weigh the territorial State's information under Art. IX, and suggested asking the Inter-American Juridical Committee. Mexico's Luz Elena Baños replied the Council cannot reinterpret the treaty.",
     f"{EU};gobpe20251203discurso;andina20251203oas;panamericana20251203oea;eleconomista20251203oea")
prov("caracas-XI","caracas-1954","XI","",
     "neither","Text of Art. XI not retrieved in this session (summary left blank); no invocation found.","")
prov("caracas-XII","caracas-1954","XII","Once asylum is granted the asylum State may request the asylee's departure; the territorial State must promptly give guarantees and a safe-conduct, save force majeure.",
     "both","Mexico's SRE (21 Nov 2025) reiterated its safe-conduct request under the 1954 convention; amb. Baños (3 Dec) said the convention obliges a safe-conduct still pending. Peru's president José Jerí said Peru knows its obligations but need not say when it will decide; FM de Zela said Peru would 'delay' it pending OAS consultations.",
     f"{EU};{ET};panamericana20251122inmunidad;eleconomista20251203oea;noventagrados20251108jeri;jornada20251111jeri;nmas20251117salvoconducto")
prov("caracas-XVII","caracas-1954","XVII","After departure the asylum State need not settle the asylee on its territory but may not return him to his country unless he so wishes; rules for later extradition requests.",
     "neither","No invocation found in sources read.","yumpu2015digesto")
prov("caracas-XVIII","caracas-1954","XVIII","The asylum official must not allow asylees to commit acts against public order or (per press summaries) to engage in political activity while under asylum.",
     "PER","Peru's foreign ministry (6 Feb 2026) conveyed its displeasure to Mexico under Art. XVIII over videos in which Chávez promoted her mother's Senate candidacy; Peru said Mexico confirmed they were removed and would not recur.",
     "yumpu2015digesto;elcomercio20260206video;abc20260206malestar;panamericana20260207video")
prov("caracas-XIX","caracas-1954","XIX","If a break of relations forces the granting envoy to leave, he leaves with the asylees; if impossible, he hands them to a third State party's mission; the territorial State must respect the asylum.",
     "neither","No invocation of Art. XIX found. After the 3 Nov 2025 break Peru required Mexico's diplomats to leave (chargé left by 8 Nov) while Chávez stayed in the residence; custody later went to Brazil under VCDR Art. 45.",
     "lagaceta2024venezuela;ojo20251105salvoconducto;panamericana20251110custodia;zetatijuana2026brasil")
prov("caracas-XX","caracas-1954","XX","Diplomatic asylum is not subject to reciprocity; any person, whatever nationality, may be protected.",
     "neither","No invocation found in sources read.","800noticiasndviena")
prov("montevideo-2","montevideo-1933","2","Qualifying an offence as political belongs to the State that grants asylum.",
     "neither","Not cited in sources read; Mexico relied on the equivalent Caracas Art. IV (see caracas-IV).","studylibndmontevideo;aprenderlyndmontevideo")
prov("montevideo-4","montevideo-1933","4","If withdrawal of an envoy is requested over an asylum dispute, his government must replace him, and this must not lead to a break in diplomatic relations.",
     "neither","Not cited in sources read. Peru broke relations over the asylum (3 Nov 2025); Mexico's Velasco instead cited the 1967 UN declaration that granting asylum is not an unfriendly act.",
     "studylibndmontevideo;diariocorreo20251104asilo;tiempodesanjuan20251105ruptura")
prov("havana-2","havana-1928","2","Asylum for political offenders is respected as far as usage, conventions or laws allow, only in urgent cases and for the time strictly indispensable, with immediate notice to the local ministry.",
     "neither","Not cited in 2022-2026 sources read; it was the provision interpreted by the ICJ in the Asylum case (cases.csv).","docslibndhavana;icj1950asylumsummary")
prov("vienna-9","vienna-1961","9","Receiving State may at any time, without giving reasons, declare a head or member of mission persona non grata; the sending State must recall the person.",
     "neither","No invocation of Art. 9 found. Peru's Congress declared President Sheinbaum persona non grata on 6 Nov 2025 (a political motion, per AFP).",
     "encolombiandviena9;lanacion20251107reformar")
prov("vienna-22","vienna-1961","22","Mission premises are inviolable: host agents may not enter without the head of mission's consent; the host must protect them; no search, requisition or attachment.",
     "both","Mexico's SRE (21 Nov 2025) said Peru confirmed respect for the inviolability of Mexican premises incl. the residence; Sheinbaum warned an entry would breach all international law. Peru's PM Ernesto Álvarez called a raid a 'denied hypothesis'; de Zela (9 Feb 2026) ruled out entering by force.",
     "800noticiasndviena;panamericana20251122inmunidad;pulsoslp20251124sheinbaum;rpp20251121alvarez;elcomercio20260209dezela")
prov("vienna-41","vienna-1961","41","Persons with immunities must respect host laws and not interfere in its internal affairs; official business goes through the host foreign ministry.",
     "neither","Art. 41 not cited expressly. Peru's FM de Zela justified the break by Mexican presidents' repeated interference in Peru's internal affairs; Mexico's SRE said granting asylum was no intervention.",
     "diariocorreo2020carta;eldia20251104ruptura;tiempodesanjuan20251105ruptura")
prov("vienna-45","vienna-1961","45","On a break of relations the receiving State must respect and protect mission premises, property and archives; the sending State may entrust custody and its interests to an acceptable third State.",
     "both","Brazil took custody of Mexico's embassy and residence in Lima (flag raised 24 Jan 2026, formalised 25 Jan) at Mexico's request with Peru's consent, SRE citing Art. 45(b)-(c); Peru said Brazil handles only diplomatic matters. De Zela kept consular ties after the break.",
     "correodelorinocondart45;zetatijuana2026brasil;lasnoticiasonline20260126brasil;tiempodesanjuan20251105ruptura")
w("provisions.csv", ["id","treaty","article","summary","invoked_by","how_invoked","sources"], P)

# ---------------- cases.csv ----------------
C = [
 ["icj-asylum-1950","ICJ","Asylum (Colombia/Peru)","COL;PER","Judgment (application and Peruvian counter-claim)","1950-11-20",
  "Colombia: may it qualify Haya de la Torre's offence unilaterally and must Peru grant a safe-conduct? Peru (counter-claim): was asylum granted in breach of the 1928 Havana Convention?",
  "Colombia could not qualify the offence unilaterally and bindingly (14-2); Peru not bound to give a safe-conduct (15-1); Peru's common-crime claim rejected (15-1); asylum not in line with Havana Art. 2(2) (10-6).",
  "icj1950asylumsummary;icj1950asylumjudgment;dipublicondasylum"],
 ["icj-asylum-interp-1950","ICJ","Request for interpretation of the Judgment of 20 November 1950 in the Asylum case","COL;PER","Judgment on request for interpretation","1950-11-27",
  "Colombia asked whether the judgment gave legal effect to its ambassador's qualification and whether it was or was not bound to surrender the refugee.",
  "Request held inadmissible (12-1): the points were outside the parties' submissions and no dispute on the judgment's meaning existed.",
  "icj1950interpsummary;icj1950interppress;icj1950interpjudgment"],
 ["icj-haya-1951","ICJ","Haya de la Torre (Colombia v. Peru)","COL;PER;CUB","Judgment (Cuba intervening)","1951-06-13",
  "Colombia (new application) asked how the 1950 judgment was to be carried out, notably whether it had to surrender Haya de la Torre to Peru.",
  "Colombia not bound to surrender him; the asylum was irregular so Peru could demand its end; the two findings are compatible because asylum can end by other means.",
  "icj1951hayacase;icj1951hayajudgment;dipublicondhaya"],
 ["icj-quito-app-2024","ICJ","Embassy of Mexico in Quito (Mexico v. Ecuador)","MEX;ECU","Application and request for provisional measures","2024-04-11",
  "Mexico asked the Court to find Ecuador's forced entry into its embassy breached inter alia UN Charter Art. 2(3), OAS Charter Art. 3(i) and the VCDR; PMs to protect premises and let Mexico clear them.",
  "","icj2024mexapplication;icj2024order23may;cooperativa2024cij"],
 ["icj-quito-hearings-2024","ICJ","Embassy of Mexico in Quito (Mexico v. Ecuador)","MEX;ECU","Public hearings on provisional measures (30 Apr-1 May 2024)","2024-04-30",
  "Oral argument on Mexico's request for provisional measures.","","cooperativa2024cij;icj2024cr202426"],
 ["icj-quito-pm-order-2024","ICJ","Embassy of Mexico in Quito (Mexico v. Ecuador)","MEX;ECU","Order on request for provisional measures","2024-05-23",
  "Whether circumstances required provisional measures under Statute Art. 41.",
  "Unanimously, circumstances did not require provisional measures; the Court stressed the fundamental importance of VCDR principles (press reports: no imminent risk of irreparable harm).",
  "adesp2024pressrelease;icj2024order23may;eluniversal20260304alegatos"],
 ["icj-quito-timelimits-2024","ICJ","Embassy of Mexico in Quito (Mexico v. Ecuador)","MEX;ECU","Order fixing time-limits (Memorial of Mexico, Counter-Memorial of Ecuador)","2024-07-19",
  "Fixing of written-pleading time-limits.","Time-limits fixed; the dates themselves were not retrieved.","gaymexicondicj"],
 ["icj-quito-2ndround-2026","ICJ","Embassy of Mexico in Quito (Mexico v. Ecuador)","MEX;ECU","Order authorising Reply and Rejoinder","2026-02-25",
  "Second round of written pleadings after Memorial and Counter-Memorial were filed on time.",
  "Reply of Mexico due 2026-08-25; Rejoinder of Ecuador due 2027-02-25 (as reported).","cabomedia20260305cij;razon20260305litigio"],
 ["icj-ecu-app-2024","ICJ","Ecuador v. Mexico (Glas asylum)","ECU;MEX","Application instituting proceedings (Ecuador's separate case)","2024-04-29",
  "Ecuador asked the Court to find Mexico breached obligations by sheltering Jorge Glas in its Quito mission (17 Dec 2023-5 Apr 2024), misusing premises, and by statements on Ecuador's 2023 elections.",
  "","icj2024ecuapplication"],
 ["icj-ecu-timelimits-2024","ICJ","Ecuador v. Mexico (Glas asylum)","ECU;MEX","Order fixing time-limits","2024-07-19",
  "Fixing of written-pleading time-limits.","Memorial of Ecuador due 2025-04-22; Counter-Memorial of Mexico due 2026-01-22.","elcomercioec2024plazos"],
 ["icj-ecu-countermemorial","ICJ","Ecuador v. Mexico (Glas asylum)","ECU;MEX","Counter-Memorial of Mexico with counter-claim (filed within time-limit; exact date not retrieved)","",
  "Mexico's counter-claim alleges Ecuador violated the 1954 Caracas Convention on Diplomatic Asylum.","","infobae20260305cij"],
 ["icj-ecu-2ndround-2026","ICJ","Ecuador v. Mexico (Glas asylum)","ECU;MEX","Order authorising Reply and Rejoinder","2026-02-25",
  "Second round of written pleadings.","Reply of Ecuador due 2026-08-25; Rejoinder of Mexico due 2027-02-25 (as reported).",
  "infobae20260305cij;eluniversal20260304alegatos;razon20260305litigio"],
 ["icj-quito-status-2026","ICJ","Embassy of Mexico in Quito / Ecuador v. Mexico","MEX;ECU","Status as of latest source","2026-03-05",
  "Both cases in written phase.","No merits hearing or judgment reported as of the latest source read (Mar 2026); no withdrawal of any request found.",
  "razon20260305litigio;cabomedia20260305cij"],
]
w("cases.csv", ["id","court","title","parties","step","date","asked","held","sources"], C)

# ---------------- initiative.csv ----------------
I = [
 ["init-01","2025-11-07","PER foreign ministry","Announcement","Communiqué 022-25: Caracas Convention misused to shield people tried for common crimes; Peru will propose amending it at the OAS and defers the safe-conduct decision until consultations end.",
  "","","Safe-conduct for Chávez left pending.","exitosa20251107comunicado;eluniversal20251107caracas;lanacion20251107reformar;gestion20251108consultas"],
 ["init-02","2025-11-17","PER foreign ministry","Consultations","FM de Zela told CNN Peru would 'delay' the safe-conduct to consult OAS states and present the proposal in Washington in early December.",
  "","","Consultations under way; no decision.","nmas20251117salvoconducto;latinanoticias20251118oea"],
 ["init-03","2025-11-24","OAS Permanent Council","Request for extraordinary session","Peru's permanent mission (Note 7-5-M/243) asked the Council chair to convene an extraordinary session on diplomatic asylum.",
  "","","Session convened for 3 Dec 2025.","elcomercio20251130oea;swissinfo20251129oea"],
 ["init-04","2025-12-03","OAS Permanent Council","Extraordinary session","De Zela proposed a mandatory prior procedure so asylum states weigh territorial-State information (Art. IX) and floated an Inter-American Juridical Committee opinion; Mexico said the Council cannot revise the treaty.",
  "ECU;PRY","MEX;CHL;COL;BRA;ARG",
  "No resolution adopted; press called it a setback (only ECU and, tangentially, PRY open; URY and USA urged transparency without restricting asylum).",
  "gobpe20251203discurso;andina20251203oas;eleconomista20251203oea;newsdigitalesndoea;infobae20251204oea;rpp20251204alvarezvita"],
 ["init-05","2025-12-08","PER foreign ministry","Follow-up","De Zela said only a political position had been presented; a draft resolution with questions for the Juridical Committee would go to the Council in 15-20 days.",
  "","","Draft announced; not yet tabled.","infobae20251208dezela"],
 ["init-06","2026-02-09","OAS Permanent Council","Draft consultation to Inter-American Juridical Committee","De Zela said Peru's OAS mission was working with 'an important number of countries' on a proposal for the Council to refer Caracas application to the CJI.",
  "","","Not yet presented to the Council as of this source.","elcomercio20260209dezela;prensalatina20260209canciller"],
 ["init-07","","Inter-American Juridical Committee","Referral","No evidence found that the Council referred the question or that the CJI took it up.",
  "","","Not found (gap).",""],
 ["init-08","","OAS General Assembly","2026 regular session","No source found on any General Assembly action on the Caracas Convention in 2026.",
  "","","Not found (gap).",""],
]
w("initiative.csv", ["id","date","body","step","description","supporters","opponents","outcome","sources"], I)
print("ok", len(treaties), len(rows), len(P), len(C), len(I))
