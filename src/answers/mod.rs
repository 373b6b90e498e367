//! Answers to single questions.

pub mod shape;
