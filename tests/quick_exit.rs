//! The Shift gesture of quick exit: three presses in a row, within five seconds, nothing between.
#![cfg(not(target_arch = "wasm32"))]

use tell_once::ui::quick_exit::ShiftTrigger;

#[test]
fn three_shift_presses_within_five_seconds_trigger() {
    let mut trigger = ShiftTrigger::default();
    assert!(!trigger.press("Shift", 0.0));
    assert!(!trigger.press("Shift", 2_000.0));
    assert!(trigger.press("Shift", 4_900.0));
}

#[test]
fn presses_spread_over_more_than_five_seconds_do_not_trigger() {
    let mut trigger = ShiftTrigger::default();
    assert!(!trigger.press("Shift", 0.0));
    assert!(!trigger.press("Shift", 3_000.0));
    assert!(!trigger.press("Shift", 5_001.0));
    // The two latest presses are still within the window: one more completes the gesture.
    assert!(trigger.press("Shift", 6_000.0));
}

#[test]
fn another_key_between_presses_breaks_the_run() {
    let mut trigger = ShiftTrigger::default();
    assert!(!trigger.press("Shift", 0.0));
    assert!(!trigger.press("Shift", 100.0));
    assert!(!trigger.press("a", 200.0));
    assert!(!trigger.press("Shift", 300.0));
    assert!(!trigger.press("Shift", 400.0));
    assert!(trigger.press("Shift", 500.0));
}

#[test]
fn the_gesture_starts_afresh_after_it_triggered() {
    let mut trigger = ShiftTrigger::default();
    for at in [0.0, 100.0] {
        assert!(!trigger.press("Shift", at));
    }
    assert!(trigger.press("Shift", 200.0));
    assert!(!trigger.press("Shift", 300.0));
    assert!(!trigger.press("Shift", 400.0));
    assert!(trigger.press("Shift", 500.0));
}

#[test]
fn typing_text_with_capitals_does_not_trigger() {
    let mut trigger = ShiftTrigger::default();
    let mut at = 0.0;
    // "Tell Once Plan": Shift held for each capital, letters typed between.
    for key in [
        "Shift", "T", "e", "l", "l", " ", "Shift", "O", "n", "c", "e", " ", "Shift", "P",
    ] {
        at += 150.0;
        assert!(!trigger.press(key, at), "triggered on {key} at {at}");
    }
}
