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
