"""Event coding: ontology (CAMEO, PLOVER, Goldstein), the verb-pattern lexicon and the coder."""
