"""Build ``resources/examples/sunspots.csv``: yearly sunspot numbers 1700-2008.

Source: the ``sunspots`` dataset that ships inside the PyPI package ``statsmodels``
(``statsmodels/datasets/sunspots/sunspots.csv``; statsmodels is BSD-3-Clause, and its
dataset note says "This data is public domain": NOAA's National Geophysical Data Center,
yearly means). Run ``python -m gate_explorer.training.corpora.series [WHEEL]`` with the
path of a downloaded statsmodels wheel (``pip download --no-deps statsmodels``), or with
statsmodels installed; the file is copied byte for byte, so training needs neither.
"""

from __future__ import annotations

import sys
import zipfile
from importlib import util
from pathlib import Path

from gate_explorer.bundled import resource

MEMBER = "statsmodels/datasets/sunspots/sunspots.csv"


def main(argv: list[str]) -> None:
    out = resource("examples", "sunspots.csv")
    if argv:
        with zipfile.ZipFile(argv[0]) as wheel:
            data = wheel.read(MEMBER)
    else:
        spec = util.find_spec("statsmodels")
        if spec is None or spec.origin is None:
            raise SystemExit("give the path of a statsmodels wheel, or install statsmodels")
        data = (Path(spec.origin).parent.parent / MEMBER).read_bytes()
    out.write_bytes(data)
    print(f"{out}: {len(data.splitlines()) - 1} years")


if __name__ == "__main__":
    main(sys.argv[1:])
