//! Small inline SVG icons (no icon font, no image requests); always decorative — the text next to
//! them carries the meaning.

use yew::prelude::*;

/// Which icon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IconKind {
    /// A padlock (privacy).
    Lock,
    /// A document.
    File,
    /// A warning triangle.
    Alert,
    /// A tick.
    Check,
    /// A cross.
    Cross,
    /// An info circle.
    Info,
    /// Two arrows (swap).
    Swap,
    /// An arrow up (A stricter).
    Up,
    /// An arrow down (B stricter / weaker).
    Down,
    /// Not equal (differs).
    NotEqual,
    /// Equal (same).
    Equal,
    /// Download.
    Download,
}

/// Props of [`Icon`].
#[derive(Properties, PartialEq)]
pub struct IconProps {
    /// Which icon.
    pub kind: IconKind,
}

/// A 1em icon, hidden from assistive technology.
#[function_component(Icon)]
pub fn icon(props: &IconProps) -> Html {
    let path = match props.kind {
        IconKind::Lock => "M7 10V7a5 5 0 0 1 10 0v3M5 10h14v11H5z",
        IconKind::File => "M6 2h8l5 5v15H6zM14 2v5h5",
        IconKind::Alert => "M12 3 2 21h20zM12 10v5M12 18v.5",
        IconKind::Check => "M4 12l5 5L20 6",
        IconKind::Cross => "M6 6l12 12M18 6 6 18",
        IconKind::Info => "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 11v6M12 7.5V8",
        IconKind::Swap => "M4 8h14l-4-4M20 16H6l4 4",
        IconKind::Up => "M12 20V4M5 11l7-7 7 7",
        IconKind::Down => "M12 4v16M5 13l7 7 7-7",
        IconKind::NotEqual => "M5 9h14M5 15h14M16 5 8 19",
        IconKind::Equal => "M5 9h14M5 15h14",
        IconKind::Download => "M12 3v12M6 10l6 6 6-6M4 20h16",
    };
    html! {
        <svg class="icon" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false"
            fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
            <path d={path} />
        </svg>
    }
}
