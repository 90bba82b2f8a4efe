from PySide6.QtCore import QObject
import sqlalchemy
from ..ui import main_window
