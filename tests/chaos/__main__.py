"""`python -m tests.chaos --rounds N [--seed S]`."""

from tests.chaos.run import main

main()
