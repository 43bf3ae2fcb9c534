"""The one error type a reader raises for input a user can get wrong."""


class InputError(Exception):
    """Bad input: missing, unreadable, binary, undecodable, unreachable.  One clear line."""
