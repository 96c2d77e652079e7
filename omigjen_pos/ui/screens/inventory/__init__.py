"""The inventory screen: registering items at the workbench, browsing the stock."""
