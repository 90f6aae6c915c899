"""``python -m pla.laboratori [carpeta]``: JupyterLab per a l'alumnat (vegeu el paquet)."""
from pla.laboratori import main

main()
