"""Build evidence.csv: links from non-opinion claims to rows of the book's tables.

Row keys: tables with an `id` column use it; people -> term_id; persons -> person_id;
treaty_status -> treaty:state:variant; memberships -> iso3:bloc:start (unique);
orientations -> iso3:start (designates all classifier rows for that head-of-government term).
Every key is checked against /work/main/data before writing.
"""
import csv
from pathlib import Path

DATA = Path("/work/main/data")
OUT = Path(__file__).resolve().parent / "evidence.csv"

EV = {
 "C000-01": "events:E20251103-rupture;ruptures:R20251103-per-mex;stances:S20251103-per",
 "C000-02": "events:E20251103-asylum-granted;events:E20251103-entry;ruptures:R20251103-per-mex;provisions:caracas-I",
 "C000-03": "persons:chavez-betssy",
 "C000-04": "events:E20221209-monroy-summoned;events:E20221220-monroy-png;ruptures:R20221220-per-mex",
 "C000-05": "events:E20230620-chavez-detention;events:E20250304-trial-opens",
 "C000-06": "events:E20250903-tc-habeas;events:E20251127-sentence",
 "C000-07": "events:E20251031-court-warning",
 "C000-08": "events:E20251103-entry;events:E20251103-asylum-granted",
 "C000-10": "events:E20251103-asylum-granted;events:E20251104-velasco;stances:S20251104-mex-2",
 "C000-11": "stances:S20251103-per;ruptures:R20251103-per-mex;ruptures:R20251106-per-mex;stances:S20251106-per",
 "C000-12": "stances:S20251103-per;events:E20251103-rupture",
 "C000-13": "",
 "C000-14": "events:E19390613-sinaia;events:E19730911-santiago-embassy;events:E20191111-evo-asylum",
 "C000-15": "",
 "C000-16": "events:E20221207-vacancy-vote;events:E20221209-monroy-summoned;ruptures:R20221215-per-mex;ruptures:R20221220-per-mex",
 "C000-17": "events:E20221207-dissolution",
 "C000-18": "events:E20221207-vacancy-vote;people:castillo-pedro-president-2021",
 "C000-19": "events:E20221213-amlo-castillo-president;events:E20230224-amlo-backs-castillo",
 "C000-20": "events:E20221208-paredes-enter-embassy;events:E20221220-asylum-granted;events:E20221221-paredes-departure",
 "C000-21": "events:E20230224-downgrade;events:E20230225-rs-037;ruptures:R20230224-per-mex;people:talavera-manuel-gerardo-ambassador-2021",
 "C000-22": "events:E20221208-amlo-no-recognition;events:E20230215-boluarte-ppt;events:E20230217-amlo-refuses-ppt;events:E20230526-amlo-chile-pause;events:E20230628-chile-ppt",
 "C000-23": "events:E20230522-committee-png;events:E20230525-plenary-png;ruptures:R202305-per-mex",
 "C000-24": "trade:T2024-PER-MEX-total-mincetur;trade:T2024-PER-MEX-export-mincetur;trade:T2024-PER-MEX-import-mincetur;trade:T2022-MEX-PER-export-se;events:E20120201-aic-in-force;investment:I2025-MEX-PER-aggregate-se;investment:I2022-MEX-PER-aggregate-companies",
 "C001-01": "events:E20251103-rupture;events:E20251103-asylum-granted;ruptures:R20251103-per-mex",
 "C001-02": "people:castillo-pedro-president-2021;events:E20210728-castillo-inauguration",
 "C001-03": "",
 "C001-04": "",
 "C001-05": "events:E20221125-chavez-pm;people:bejar-hector-foreign-minister-2021;people:maurtua-oscar-foreign-minister-2021;people:landa-cesar-foreign-minister-2022;people:rodriguez-mackay-miguel-angel-foreign-minister-2022;people:landa-cesar-foreign-minister-2022-2",
 "C001-06": "",
 "C001-07": "events:E20221207-castillo-arrest;events:E20221207-dissolution",
 "C001-08": "events:E20221212-joint-communique;events:E20221213-amlo-castillo-president;events:E20230224-amlo-backs-castillo;events:E20251010-sheinbaum-castillo",
 "C001-09": "events:E20221208-paredes-enter-embassy;events:E20221220-asylum-granted;events:E20221220-safe-conducts;events:E20221220-monroy-png;ruptures:R20221220-per-mex",
 "C001-10": "events:E20221209-monroy-summoned;events:E20221220-monroy-png;ruptures:R20221220-per-mex;people:monroy-pablo-ambassador-2022",
 "C001-11": "events:E20251103-asylum-granted;events:E20251103-rupture;ruptures:R20251103-per-mex",
 "C001-12": "events:E20230620-chavez-detention;events:E20250903-tc-habeas;events:E20250904-release",
 "C001-13": "events:E20250304-trial-opens;events:E20251127-sentence",
 "C001-14": "stances:S20251103-per;events:E20251103-rupture",
 "C001-15": "events:E20251103-rupture;stances:S20251103-per;people:de-zela-hugo-foreign-minister-2025",
 "C001-16": "events:E20251103-sre-response;stances:S20251103-mex;events:E20251104-sheinbaum",
 "C001-17": "events:E20251103-asylum-granted;stances:S20251103-mex;stances:S20251104-mex-2;stances:S20251124-mex",
 "C001-19": "events:E19390613-sinaia;events:E19730911-santiago-embassy;events:E197309-santiago-asylees;events:E19730915-allende-family",
 "C001-20": "events:E19390613-sinaia;events:E19730911-santiago-embassy;events:E197309-santiago-asylees",
 "C001-21": "events:E20251107-caracas-review;events:E20251107-safeconduct-deferred;initiative:init-01;stances:S20251107-per-2;provisions:caracas-III",
 "C001-22": "events:E20221209-monroy-summoned;events:E20221220-monroy-png;ruptures:R20221220-per-mex;events:E20230525-plenary-png",
 "C001-23": "orientations:BRA:2023-01-01;orientations:COL:2022-08-07;orientations:CHL:2022-03-11;people:petro-gustavo-president-2022",
 "C001-24": "",
 "C001-25": "events:E20251103-asylum-granted;stances:S20251103-mex",
 "C001-26": "stances:S20251203-usa;initiative:init-04",
 "C001-27": "events:E20251103-rupture;events:E20251104-sheinbaum;events:E20251104-velasco;visa_rules:V-PER-MEX-2025-quota",
 "C001-29": "events:E20191230-bolivia-png;events:E20191231-mercado-leaves;ruptures:R20191230-bol-mex;ruptures:R20191230-mex-bol;orientations:BOL:2020-11-08",
 "C001-32": "",
 "C002-01": "events:E20251103-rupture;events:E20251103-asylum-granted;ruptures:R20251103-per-mex;people:chavez-betssy-prime-minister-2022",
 "C002-02": "stances:S20251103-per;ruptures:R20251103-per-mex",
 "C002-03": "events:E20221207-vacancy-vote;events:E20221207-castillo-arrest;people:castillo-pedro-president-2021",
 "C002-04": "provisions:vienna-41;events:E20250830-peru-rejects",
 "C002-05": "events:E20221208-amlo-no-recognition;events:E20230217-amlo-refuses-ppt;people:lopez-obrador-andres-manuel-president-2018;people:sheinbaum-claudia-president-2024;people:boluarte-dina-president-2022;people:jeri-jose-president-2025;events:E20251010-jeri-sworn",
 "C002-06": "events:E20221213-amlo-castillo-president;events:E20230224-amlo-backs-castillo",
 "C002-07": "events:E20221220-asylum-granted;events:E20221220-safe-conducts",
 "C002-08": "ruptures:R20080302-ecu-col;ruptures:R20080303-ecu-col;ruptures:R20080303-ven-col",
 "C002-09": "ruptures:R20080303-ecu-col",
 "C002-10": "treaties:havana-1928;treaties:montevideo-1933;treaties:caracas-1954;provisions:havana-2;provisions:montevideo-2;treaty_status:caracas-1954:PER:1;treaty_status:caracas-1954:MEX:1;cases:icj-asylum-1950",
 "C002-11": "",
 "C002-12": "events:E20221220-monroy-png;events:E20230224-downgrade;ruptures:R20230224-per-mex;people:monroy-pablo-ambassador-2022;people:talavera-manuel-gerardo-ambassador-2021;people:ornelas-karla-charge-d-affaires-2022;events:E20251103-ornelas-deadline;events:E20251108-ornelas-leaves",
 "C002-14": "orientations:CHL:2022-03-11;orientations:ECU:2025-05-24;orientations:CHL:2026-03-11",
 "C002-15": "orientations:COL:2022-08-07;orientations:BOL:2020-11-08;orientations:BOL:2025-11-08;people:petro-gustavo-president-2022",
 "C002-16": "events:E20251121-petro;stances:S20251121-col",
 "C002-17": "events:E20251010-vacancy-122;events:E20251010-jeri-sworn;people:boluarte-dina-president-2022;people:jeri-jose-president-2025;events:E20251014-dezela-sworn;events:E20251103-rupture",
 "C003-01": "events:E20251103-rupture;events:E20251103-asylum-granted;ruptures:R20251103-per-mex;people:chavez-betssy-prime-minister-2022;events:E20221125-chavez-pm",
 "C003-02": "stances:S20251103-per;stances:S20251103-mex;ruptures:R20251103-per-mex;events:E20251103-asylum-granted",
 "C003-03": "events:E20251106-png-63-34-2;ruptures:R20251106-per-mex;stances:S20251106-per;events:E20251121-checkley",
 "C003-04": "events:E20251107-caracas-review;initiative:init-01;events:E20251203-oas;initiative:init-04",
 "C003-05": "memberships:PER:PACIFIC_ALLIANCE:2011-04-28;memberships:MEX:PACIFIC_ALLIANCE:2011-04-28;events:E20110428-lima-declaration;events:E20120606-paranal",
 "C003-07": "events:E20251104-dezela-safeconduct",
 "C003-08": "events:E20251104-dezela-safeconduct",
 "C003-09": "events:E20251106-png-63-34-2;events:E20251106-png-63-34-5;events:E20251106-png-63-33-2;ruptures:R20251106-per-mex;stances:S20251106-per;stances:S20251106-per-2",
 "C003-10": "people:chavez-betssy-prime-minister-2022;events:E20221125-chavez-pm",
 "C003-11": "events:E20221207-dissolution;events:E20221207-vacancy-vote;events:E20221207-castillo-arrest",
 "C003-12": "events:E20250304-trial-opens;events:E20250903-tc-habeas;events:E20251127-sentence",
 "C003-13": "events:E20251104-dezela-safeconduct;events:E20251107-caracas-review;events:E20251107-safeconduct-deferred;initiative:init-01;provisions:caracas-XII",
 "C003-14": "events:E20221220-asylum-granted;events:E20221220-monroy-png;ruptures:R20221220-per-mex",
 "C003-15": "events:E20221209-monroy-summoned;events:E20221215-recall-consultations;events:E20221220-monroy-png;events:E20250830-peru-rejects",
 "C003-16": "",
 "C003-17": "events:E20210606-runoff;events:E20210719-proclamation;events:E20210728-castillo-inauguration;people:castillo-pedro-president-2021;events:E20221207-vacancy-vote;events:E20251127-sentence",
 "C003-18": "",
 "C003-19": "people:sheinbaum-claudia-president-2024;events:E20241001-sheinbaum-inauguration",
 "C003-20": "",
 "C003-21": "",
 "C003-22": "people:chavez-betssy-prime-minister-2022;events:E20221125-chavez-pm;events:E20221207-chavez-embassy-attempt",
 "C003-23": "",
 "C004-01": "events:E20251103-rupture;ruptures:R20251103-per-mex;stances:S20251103-per;events:E20251104-sheinbaum",
 "C004-02": "events:E20251103-rupture;events:E20251103-asylum-granted;ruptures:R20251103-per-mex",
 "C004-03": "events:E20251103-rupture;stances:S20251103-per",
 "C004-05": "events:E20251103-entry;events:E20251103-rupture",
 "C004-06": "stances:S20251103-per;provisions:vienna-41",
 "C004-07": "stances:S20251103-per;events:E20251103-rupture",
 "C004-08": "events:E20251103-rupture;ruptures:R20251103-per-mex",
 "C004-09": "events:E20251103-ornelas-deadline;stances:S20251103-per-2;events:E20251108-ornelas-leaves;events:E20251109-ornelas-leaves;people:ornelas-karla-charge-d-affaires-2022;events:E20251207-equipo-minimo",
 "C004-11": "events:E20221207-dissolution;events:E20221207-vacancy-vote;orientations:PER:2021-07-28",
 "C004-12": "events:E20250304-trial-opens;events:E20251127-sentence",
 "C004-13": "events:E20230620-chavez-detention;events:E20250903-tc-habeas;events:E20250904-release;events:E20251121-checkley",
 "C004-14": "events:E20251103-entry;events:E20251102-entry",
 "C004-15": "events:E20251103-asylum-granted;provisions:caracas-III;provisions:caracas-IV",
 "C004-16": "events:E20251103-asylum-granted",
 "C004-17": "provisions:caracas-III;events:E20251107-safeconduct-deferred;initiative:init-01",
 "C004-18": "events:E20221213-amlo-castillo-president;events:E20230224-amlo-backs-castillo;people:lopez-obrador-andres-manuel-president-2018;people:sheinbaum-claudia-president-2024",
 "C004-19": "events:E20221215-recall-consultations;events:E20221220-monroy-png;events:E20230224-downgrade;ruptures:R20230224-per-mex",
 "C004-20": "events:E20221209-monroy-summoned;events:E20221220-monroy-png;ruptures:R20221215-per-mex;ruptures:R20221220-per-mex",
 "C004-21": "memberships:PER:PACIFIC_ALLIANCE:2011-04-28;memberships:MEX:PACIFIC_ALLIANCE:2011-04-28;memberships:PER:CELAC:2011-12;memberships:MEX:CELAC:2011-12",
 "C004-22": "events:E20251010-vacancy-122;events:E20251010-jeri-sworn;people:boluarte-dina-president-2022;people:jeri-jose-president-2025;events:E20251103-rupture",
 "C004-25": "events:E20251103-sre-response;stances:S20251103-mex",
 "C004-26": "people:sheinbaum-claudia-president-2024;people:lopez-obrador-andres-manuel-president-2018;events:E20241001-sheinbaum-inauguration",
}

def keys(table):
    rows = list(csv.DictReader(open(DATA / f"{table}.csv", encoding="utf-8")))
    if table == "treaty_status":
        return {f"{r['treaty']}:{r['state']}:{r['variant']}" for r in rows}
    if table == "memberships":
        ks = [f"{r['iso3']}:{r['bloc']}:{r['start']}" for r in rows]
        assert len(ks) == len(set(ks)), "memberships key not unique"
        return set(ks)
    if table == "orientations":
        return {f"{r['iso3']}:{r['start']}" for r in rows}
    col = {"people": "term_id", "persons": "person_id"}.get(table, "id")
    return {r[col] for r in rows}

claims = list(csv.DictReader(open(DATA / "claims.csv", encoding="utf-8")))
targets = [c["id"] for c in claims if c["verdict"] != "opinion"]
assert set(targets) == set(EV), (set(targets) ^ set(EV))
cache = {}
for cid, ev in EV.items():
    for item in filter(None, ev.split(";")):
        table, _, key = item.partition(":")
        if table not in cache:
            cache[table] = keys(table)
        assert key in cache[table], f"{cid}: {item} not found"
    assert len(ev.split(";")) == len(set(ev.split(";"))), cid
with open(OUT, "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["claim_id", "evidence"])
    for cid in targets:
        w.writerow([cid, EV[cid]])
linked = sum(1 for c in targets if EV[c])
print(f"{len(targets)} non-opinion claims; {linked} linked; {len(targets)-linked} empty")
print("links:", sum(len(list(filter(None, EV[c].split(';')))) for c in targets))
