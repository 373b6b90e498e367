//! What the package writes the order's JSON Schema from (`orderSchema()["~standard"].jsonSchema`),
//! besides the field table (`Field`) itself, which gives every field at its place with the kind
//! of value it holds: the names the rules accept for a text field when they are a closed set (a
//! port type, a status, a state code: `rules::names_of`). What a value must be beyond its
//! shape (a real number, a business day far enough ahead) stays with the rules.

use crate::order::Field;
use crate::rules;

/// The names `field` takes, joined by `|`, or `""` when it takes any text the rules then judge.
pub fn names(field: Field) -> String {
    rules::names_of(field).join("|")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closed_sets_of_names_each_name_once() {
        assert_eq!(names(Field::Kind), "portIn|lsr");
        assert_eq!(names(Field::SubscriberType), "BUSINESS|RESIDENTIAL");
        assert_eq!(names(Field::PreDirectional), "N|S|E|W|NE|NW|SE|SW");
        assert_eq!(names(Field::TnAttributes), "Protected|External|Hosted|Imported");
        assert_eq!(names(Field::BusinessName), "", "any text");
        let statuses: Vec<String> = names(Field::Status).split('|').map(String::from).collect();
        assert_eq!(statuses.len(), 16 + 7 - 4, "FOC, EXCEPTION, COMPLETE and CANCELLED once: {statuses:?}");
        assert_eq!(names(Field::PortType).split('|').count(), 7);
        assert_eq!(names(Field::StateCode).split('|').count(), 56 + 13, "the US codes and the Canadian ones");
    }

    #[test]
    fn names_hold_no_separator() {
        for &field in Field::ALL {
            let names = rules::names_of(field);
            assert!(names.iter().all(|n| !n.is_empty() && !n.contains('|')), "{}", field.dotted());
            assert!(
                names.iter().enumerate().all(|(i, n)| !names[..i].contains(n)),
                "{}: each name once",
                field.dotted()
            );
        }
    }
}
