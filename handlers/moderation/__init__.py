"""Group-chat moderation, the pure core: normalisation, word lists, reading and the chain.

Nothing here imports telegram or SQLAlchemy; the handlers turn updates into `MessageFacts`
and act on the findings. `normalise` and `tokenise` live in `handlers.moderation.normalise`
(not re-exported here, so the module is not shadowed by its function).
"""

from handlers.moderation.chain import (
    Chain,
    ChainSettings,
    Finding,
    MessageFacts,
    Verdict,
    first_action,
)
from handlers.moderation.reading import Lexicons, default_lexicons

__all__ = [
    "Chain",
    "ChainSettings",
    "Finding",
    "Lexicons",
    "MessageFacts",
    "Verdict",
    "default_lexicons",
    "first_action",
]
