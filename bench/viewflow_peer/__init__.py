"""The peer of bench/peers.py: 三审三校 written as a django-viewflow 2 flow (a Django app of its own)."""
