"""The main window and its own widgets: model bar, text, token chips, controls, menus."""
