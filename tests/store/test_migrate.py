from alembic.config import Config
from alembic.script import ScriptDirectory

from listwatch.store.migrate import _SCRIPTS, HEAD


def test_head_constant_matches_the_newest_migration() -> None:
    config = Config()
    config.set_main_option("script_location", str(_SCRIPTS))
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD
