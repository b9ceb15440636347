"""Query side: similar incidents, briefs, runbooks, questions to SQL."""
