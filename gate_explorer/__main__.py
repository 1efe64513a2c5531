import sys

from gate_explorer.cli import main

sys.exit(main())
