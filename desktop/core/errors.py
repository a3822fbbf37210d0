"""Errors a user can cause. Each carries a message in Indonesian that says what is wrong and what to do.

Front ends show `str(error)` as it is; anything that is not a UserError is a bug and goes to the log.
"""


class UserError(Exception):
    """Something the user can fix; nothing was changed."""


class DatabaseTooNew(UserError):
    pass


class NotInitialised(UserError):
    pass


class InvalidTransition(UserError):
    """A card step that the rules of DESIGN §3 do not allow from the card's current state."""


class NotOwner(UserError):
    """This office does not hold the card, so it may not record its next step."""


class NotFound(UserError):
    pass


class InvalidInput(UserError):
    pass


class FutureDate(InvalidInput):
    """A step dated after today: it has not happened yet (usually a typo), and would hide overdue cards."""


class NotPermitted(UserError):
    """The signed-in user's role does not allow this action."""


class SignInFailed(UserError):
    pass


class StorageError(UserError):
    """The disk is full, the folder is read-only, or the file cannot be written: nothing was changed."""
