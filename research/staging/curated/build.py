"""Curated rows the research threads did not produce as such: organisations and state bodies
that act in the events and stances, and non-American states named in the data.

Each row's source is the first row of the data where that actor appears (a page that documents
it acting); names are the bodies' official names. Run after the other threads, before import.
"""
import csv
from pathlib import Path

HERE = Path(__file__).parent
STAGING = HERE.parent
ORGS = {
    "OAS": ("Organization of American States", "Organización de los Estados Americanos", "regional-organisation", ""),
    "UN": ("United Nations", "Organización de las Naciones Unidas", "un-body", ""),
    "ICJ": ("International Court of Justice", "Corte Internacional de Justicia", "court", ""),
    "CELAC": ("Community of Latin American and Caribbean States", "Comunidad de Estados Latinoamericanos y Caribeños", "bloc", ""),
    "PACIFIC_ALLIANCE": ("Pacific Alliance", "Alianza del Pacífico", "bloc", ""),
    "MERCOSUR": ("Southern Common Market", "Mercado Común del Sur", "bloc", ""),
    "ALBA": ("Bolivarian Alliance for the Peoples of Our America", "Alianza Bolivariana para los Pueblos de Nuestra América", "bloc", ""),
    "LIMA_GROUP": ("Lima Group", "Grupo de Lima", "bloc", ""),
    "CAN": ("Andean Community", "Comunidad Andina", "bloc", ""),
    "IACHR": ("Inter-American Commission on Human Rights", "Comisión Interamericana de Derechos Humanos", "regional-organisation", ""),
    "UNHCR": ("Office of the UN High Commissioner for Refugees", "Alto Comisionado de las Naciones Unidas para los Refugiados", "un-body", ""),
    "APEC": ("Asia-Pacific Economic Cooperation", "Foro de Cooperación Económica Asia-Pacífico", "other", ""),
    "EU": ("European Union", "Unión Europea", "other", ""),
    "MEX_SRE": ("Ministry of Foreign Affairs of Mexico", "Secretaría de Relaciones Exteriores", "state-body", "MEX"),
    "PER_MRE": ("Ministry of Foreign Affairs of Peru", "Ministerio de Relaciones Exteriores", "state-body", "PER"),
    "PER_CONGRESS": ("Congress of the Republic of Peru", "Congreso de la República", "state-body", "PER"),
    "PER_JNE": ("National Elections Jury of Peru", "Jurado Nacional de Elecciones", "state-body", "PER"),
    "PER_ONPE": ("National Office of Electoral Processes of Peru", "Oficina Nacional de Procesos Electorales", "state-body", "PER"),
    "PER_JUDICIARY": ("Judiciary of Peru", "Poder Judicial", "state-body", "PER"),
    "PER_TC": ("Constitutional Court of Peru", "Tribunal Constitucional", "court", "PER"),
    "PER_MIGRACIONES": ("National Superintendency of Migration of Peru", "Superintendencia Nacional de Migraciones", "state-body", "PER"),
    "PER_PNP": ("National Police of Peru", "Policía Nacional del Perú", "state-body", "PER"),
    "PER_PCM": ("Presidency of the Council of Ministers of Peru", "Presidencia del Consejo de Ministros", "state-body", "PER"),
    "PER_FISCALIA": ("Public Prosecutor's Office of Peru", "Ministerio Público – Fiscalía de la Nación", "state-body", "PER"),
    "MEX_SENATE": ("Senate of Mexico", "Senado de la República", "state-body", "MEX"),
    "BOL_GOV": ("Government of Bolivia", "Gobierno de Bolivia", "state-body", "BOL"),
}
STATES = {
    "ESP": ("Spain", "España", "europe"),
    "ITA": ("Italy", "Italia", "europe"),
    "NLD": ("Netherlands", "Países Bajos", "europe"),
    "VAT": ("Holy See", "Santa Sede", "europe"),
    "ISR": ("Israel", "Israel", "other"),
    "GBR": ("United Kingdom", "Reino Unido", "europe"),
    "FRA": ("France", "Francia", "europe"),
    "DEU": ("Germany", "Alemania", "europe"),
    "RUS": ("Russia", "Rusia", "europe"),
    "CHN": ("China", "China", "other"),
    "TWN": ("Taiwan", "Taiwán", "other"),
}


def mentions() -> dict[str, str]:
    """First source key of a row where each actor code appears."""
    found: dict[str, str] = {}
    tables = [("events.csv", ["actors"]), ("stances.csv", ["actor"]), ("ruptures.csv", ["from_state", "to_state"]),
              ("cases.csv", ["parties"]), ("treaty_status.csv", ["state"])]
    for thread in sorted(p for p in STAGING.iterdir() if p.is_dir() and p.name != "curated"):
        for name, columns in tables:
            path = thread / name
            if not path.exists():
                continue
            for row in csv.DictReader(open(path, newline="", encoding="utf-8")):
                for column in columns:
                    for item in row[column].split(";"):
                        code = item.split(":")[0]
                        if code and code not in found and row.get("sources"):
                            found[code] = row["sources"].split(";")[0]
    return found


def main() -> None:
    seen = mentions()
    with open(HERE / "organisations.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["id", "name_en", "name_es", "kind", "country", "sources"])
        for code, (en, es, kind, country) in ORGS.items():
            if code in seen:
                writer.writerow([code, en, es, kind, country, seen[code]])
    with open(HERE / "countries.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["iso3", "name_en", "name_es", "region", "in_scope", "sources"])
        for code, (en, es, region) in STATES.items():
            if code in seen:
                writer.writerow([code, en, es, region, "false", seen[code]])
    unknown = sorted(c for c in seen if c.isupper() and c not in ORGS and c not in STATES and len(c) != 3)
    if unknown:
        print("actor codes with no curated row:", unknown)


if __name__ == "__main__":
    main()


# Persons who act in events without an office term in people.csv (private individuals, or
# foreign officials whose terms the book does not tabulate). Names as commonly written.
NAMES = {
    "ortiz-rubio-pascual": "Pascual Ortiz Rubio",
    "haya-de-la-torre-victor-raul": "Víctor Raúl Haya de la Torre",
    "echeverri-carlos": "Carlos Echeverri Cortés",
    "martinez-corbala-gonzalo": "Gonzalo Martínez Corbalá",
    "bussi-hortensia": "Hortensia Bussi",
    "ferrari-bruno": "Bruno Ferrari",
    "ferreyros-eduardo": "Eduardo Ferreyros",
    "pinera-sebastian": "Sebastián Piñera",
    "humala-ollanta": "Ollanta Humala",
    "calderon-felipe": "Felipe Calderón",
    "santos-juan-manuel": "Juan Manuel Santos",
    "roncagliolo-rafael": "Rafael Roncagliolo",
    "luna-ricardo": "Ricardo Luna",
    "videgaray-luis": "Luis Videgaray",
    "popolizio-nestor": "Néstor Popolizio",
    "morales-evo": "Evo Morales",
    "anez-jeanine": "Jeanine Áñez",
    "mercado-maria-teresa": "María Teresa Mercado",
    "fujimori-keiko": "Keiko Fujimori",
    "torres-anibal": "Aníbal Torres",
    "williams-jose": "José Williams",
    "paredes-lilia": "Lilia Paredes",
    "chirinos-patricia": "Patricia Chirinos",
    "alva-maria-del-carmen": "María del Carmen Alva",
    "checkley-juan-carlos": "Juan Carlos Checkley",
    "van-klaveren-alberto": "Alberto van Klaveren",
    "glas-jorge": "Jorge Glas",
    "canseco-roberto": "Roberto Canseco",
    "noboa-daniel": "Daniel Noboa",
    "rosendo-gutierrez-luis": "Luis Rosendo Gutiérrez",
    "sanchez-roberto": "Roberto Sánchez",
    "lopez-aliaga-rafael": "Rafael López Aliaga",
    "de-soto-hernando": "Hernando de Soto",
}


def _read(path: Path) -> list[dict]:
    return list(csv.DictReader(open(path, newline="", encoding="utf-8"))) if path.exists() else []


def _terms() -> dict[str, list[dict]]:
    terms: dict[str, list[dict]] = {}
    for thread in sorted(p for p in STAGING.iterdir() if p.is_dir()):
        for row in _read(thread / "people.csv"):
            terms.setdefault(row["person_id"], []).append(row)
    return terms


def build_persons() -> None:
    """persons.csv: names from the office terms, then the NAMES above with an event as source."""
    terms, rows = _terms(), {}
    for person, found in terms.items():
        rows[person] = (found[0]["name"], found[0]["sources"].split(";")[0])
    for thread in sorted(p for p in STAGING.iterdir() if p.is_dir() and p.name != "curated"):
        for event in _read(thread / "events.csv"):
            for actor in event["actors"].split(";"):
                person = actor.split(":")[0]
                if person in NAMES and person not in rows:
                    rows[person] = (NAMES[person], event["sources"].split(";")[0])
    with open(HERE / "persons.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["person_id", "name", "sources"])
        for person in sorted(rows):
            writer.writerow([person, *rows[person]])


if __name__ == "__main__":
    build_persons()


def reconcile_offices() -> None:
    """Drop ':office' from actors whose person has no term for that office in any people.csv.

    The office claim is then carried by the event summary alone; the people table tabulates the
    Peru–Mexico office-holders, and an actor tagged with an office must have a sourced term.
    """
    terms = _terms()
    for thread in sorted(p for p in STAGING.iterdir() if p.is_dir() and p.name != "curated"):
        path = thread / "events.csv"
        rows = _read(path)
        if not rows:
            continue
        changed = 0
        for row in rows:
            actors = []
            for actor in row["actors"].split(";"):
                person, _, office = actor.partition(":")
                if office and not any(t["office"] == office for t in terms.get(person, [])):
                    actors.append(person)
                    changed += 1
                else:
                    actors.append(actor)
            row["actors"] = ";".join(actors)
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
        if changed:
            print(f"{thread.name}/events.csv: {changed} office tags without a term dropped")


if __name__ == "__main__":
    reconcile_offices()
