"""Reports: the X and Z reports of a till, figures and charts, reuse figures."""
