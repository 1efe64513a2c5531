"""What a session holds, without Qt: model references, saved state, unit orderings."""
