"""Stage 2: people, forces, charities and organisations (component ``pressfacts_entities``)."""
