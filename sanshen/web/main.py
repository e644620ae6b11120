"""The app uvicorn serves (`sanshen serve`): built from the environment, like the CLI."""

from ..wiring import database
from .app import create_app

app = create_app(database())
