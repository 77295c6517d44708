### Strings of the session part of the case workspace.
