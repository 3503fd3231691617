//! The taxonomy as data (`data/taxonomy.toml`): categories, attributes, their defaults and order.
