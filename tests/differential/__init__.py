"""Schemas and models judged against each other: every example and near miss, accepted or refused alike."""
