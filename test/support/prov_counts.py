"""usage: python3 prov_counts.py FILE.json
Reads PROV-JSON with the `prov` package (Debian python3-prov), writes it as PROV-N and as PROV-O TriG
(so every record must be understood, not only parsed), and prints the number of records per PROV-JSON
section as JSON. Exit 1 with the exception on stderr when the package rejects the document."""
import json
import sys

from prov.constants import PROV_N_MAP
from prov.model import ProvDocument

try:
    doc = ProvDocument.deserialize(source=sys.argv[1], format="json")
    doc.get_provn()
    doc.serialize(format="rdf", rdf_format="trig")
except Exception as error:  # the oracle's verdict is the exception
    print(f"{type(error).__name__}: {error}", file=sys.stderr)
    sys.exit(1)
counts = {}
for record in doc.get_records():
    section = PROV_N_MAP[record.get_type()]
    counts[section] = counts.get(section, 0) + 1
print(json.dumps(counts, sort_keys=True))
