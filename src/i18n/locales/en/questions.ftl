### Strings of the questions part of the case workspace.
