//! The taxonomy as data (`data/taxonomy.toml`): categories, their attributes with defaults, and
//! the order that decides comparison verdicts (taxonomy.md §1, §2, §4).

use std::sync::OnceLock;

use serde::Deserialize;

use crate::{Attributes, Category, Value};

/// `data/taxonomy.toml` as JSON, converted by `build.rs` (faster to parse at start-up).
const TAXONOMY_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/data_taxonomy.toml.json"));

/// One category of the taxonomy.
#[derive(Debug, Clone, Deserialize)]
pub struct CategoryDef {
    /// The category.
    pub id: Category,
    /// Required by GDPR Art. 28: a document without it has a gap.
    pub required: bool,
    /// Not required, but stated in so many words where it is stated at all: when no clause
    /// carries it, the clause with the most evidence for it does, as for a required category, if
    /// one of its cues there is of this kind (a retention period inside the security clause,
    /// "backups are kept for 14 days").
    #[serde(default)]
    pub cover: Option<Cover>,
    /// The legal anchor (may be empty).
    pub anchor: String,
    /// Label in Danish.
    pub da: String,
    /// Label in English.
    pub en: String,
    /// The attributes extracted for this category.
    pub attributes: Vec<AttributeDef>,
}

/// Which cue of a category that is not required lets a clause cover it (see `cover` in
/// `data/taxonomy.toml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Cover {
    /// A cue with a number in it: "kept for #".
    Period,
    /// A strong cue: "additional instructions".
    Strong,
}

/// The shape of an attribute's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttributeKind {
    /// Hours or days.
    Number,
    /// Yes or no; `false` when not stated.
    Bool,
    /// One of `values`.
    Enum,
    /// A string as written (a name).
    Text,
    /// A list of strings.
    Texts,
    /// A list of named parties.
    Parties,
}

/// Which value of an attribute protects the controller more (taxonomy.md §4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Order {
    /// Numbers: fewer is stricter.
    Fewer,
    /// Numbers: more is stricter.
    More,
    /// Booleans: `true` is stricter.
    True,
    /// Booleans: `false` is stricter.
    False,
    /// Enums: `rank` lists values from strictest to least strict.
    Rank,
    /// No order: values are the same or they differ.
    None,
}

/// How an unstated value compares with a stated one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NullRule {
    /// The stated side is stricter.
    LeastStrict,
    /// No verdict: `differs`.
    #[default]
    Differs,
}

/// One attribute of a category.
#[derive(Debug, Clone, Deserialize)]
pub struct AttributeDef {
    /// The attribute name, e.g. `deadline_hours`.
    pub name: String,
    /// The shape of its value.
    pub kind: AttributeKind,
    /// The allowed values of an enum (or of the items of an enum list).
    #[serde(default)]
    pub values: Vec<String>,
    /// The order that decides verdicts.
    pub order: Order,
    /// For `Order::Rank`: values from strictest to least strict.
    #[serde(default)]
    pub rank: Vec<String>,
    /// Values that make any verdict against another value `differs`.
    #[serde(default)]
    pub incomparable: Vec<String>,
    /// How an unstated value compares.
    #[serde(default)]
    pub null: NullRule,
}

impl AttributeDef {
    /// The value when the document does not say: `false` for booleans, `null` otherwise.
    pub fn default_value(&self) -> Value {
        match self.kind {
            AttributeKind::Bool => Value::Bool(false),
            _ => Value::Null,
        }
    }
}

#[derive(Deserialize)]
struct TaxonomyFile {
    category: Vec<CategoryDef>,
}

/// All categories, in the taxonomy's order.
pub fn categories() -> &'static [CategoryDef] {
    static TAXONOMY: OnceLock<Vec<CategoryDef>> = OnceLock::new();
    TAXONOMY.get_or_init(|| {
        let file: TaxonomyFile = serde_json::from_str(TAXONOMY_JSON).expect("data/taxonomy.toml is valid (tested)");
        file.category
    })
}

/// The definition of one category (`Unclassified` has none and gets an empty one).
pub fn category(id: Category) -> &'static CategoryDef {
    static UNCLASSIFIED: OnceLock<CategoryDef> = OnceLock::new();
    categories().iter().find(|c| c.id == id).unwrap_or_else(|| {
        UNCLASSIFIED.get_or_init(|| CategoryDef {
            id: Category::Unclassified,
            required: false,
            cover: None,
            anchor: String::new(),
            da: "Uklassificeret".into(),
            en: "Unclassified".into(),
            attributes: Vec::new(),
        })
    })
}

/// Every attribute of a category with its default value.
pub fn default_attributes(id: Category) -> Attributes {
    category(id).attributes.iter().map(|a| (a.name.clone(), a.default_value())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_category_is_defined_once_in_order() {
        let ids: Vec<Category> = categories().iter().map(|c| c.id).collect();
        assert_eq!(ids, Category::ALL.to_vec());
    }

    #[test]
    fn required_categories_are_the_eleven_of_art_28() {
        let required: Vec<&str> = categories().iter().filter(|c| c.required).map(|c| c.id.as_str()).collect();
        assert_eq!(required.len(), 11, "{required:?}");
        assert!(categories().iter().filter(|c| c.required).all(|c| !c.anchor.is_empty()));
    }

    #[test]
    fn attribute_tables_are_consistent() {
        for cat in categories() {
            let mut names: Vec<&str> = cat.attributes.iter().map(|a| a.name.as_str()).collect();
            names.sort_unstable();
            names.dedup();
            assert_eq!(names.len(), cat.attributes.len(), "duplicate attribute in {}", cat.id);
            for a in &cat.attributes {
                match a.order {
                    Order::Rank => {
                        assert_eq!(a.kind, AttributeKind::Enum, "{}.{}", cat.id, a.name);
                        assert!(a.rank.iter().all(|r| a.values.contains(r)), "{}.{} ranks unknown values", cat.id, a.name);
                    }
                    Order::Fewer | Order::More => assert_eq!(a.kind, AttributeKind::Number, "{}.{}", cat.id, a.name),
                    Order::True | Order::False => assert_eq!(a.kind, AttributeKind::Bool, "{}.{}", cat.id, a.name),
                    Order::None => {}
                }
                assert!(a.incomparable.iter().all(|v| a.values.contains(v)));
            }
            assert!(!cat.da.is_empty() && !cat.en.is_empty());
        }
    }

    #[test]
    fn defaults_are_false_or_null() {
        let breach = default_attributes(Category::BreachNotification);
        assert_eq!(breach["deadline_hours"], Value::Null);
        assert_eq!(breach["without_undue_delay"], Value::Bool(false));
        assert_eq!(default_attributes(Category::Scope).len(), 2);
        assert!(default_attributes(Category::Unclassified).is_empty());
    }
}
