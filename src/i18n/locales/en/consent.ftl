### Strings of the consent part of the case workspace.
