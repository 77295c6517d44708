//! What the list-and-form sections (agencies, prior accounts, questions) share: which entry the
//! form edits, which one waits for its removal to be confirmed, the last refusal and the last
//! status message, and the one way each of them sends an edit and shows the outcome.

use crate::i18n::Translator;
use crate::model::case::{Case, CaseEdit};
use crate::model::edit::{check, EditRefusal};
use crate::ui::components::dialog::ConfirmDialog;
use crate::ui::workspace::section::CaseEditor;
use yew::prelude::*;

/// Says why an edit was refused, in the section's own words.
pub type DescribeRefusal = fn(&Translator, &Case, &EditRefusal) -> String;

/// The state of one list-and-form section.
pub struct ListForm<Editing: 'static, Id: 'static> {
    editing: UseStateHandle<Option<Editing>>,
    removing: UseStateHandle<Option<Id>>,
    refusal: UseStateHandle<Option<String>>,
    status: UseStateHandle<String>,
    describe: DescribeRefusal,
}

// By hand: the handles are cloneable whatever `Editing` and `Id` are.
impl<Editing, Id> Clone for ListForm<Editing, Id> {
    fn clone(&self) -> Self {
        Self {
            editing: self.editing.clone(),
            removing: self.removing.clone(),
            refusal: self.refusal.clone(),
            status: self.status.clone(),
            describe: self.describe,
        }
    }
}

/// The state of a list-and-form section whose refusals `describe` puts in words.
#[hook]
pub fn use_list_form<Editing: 'static, Id: 'static>(
    describe: DescribeRefusal,
) -> ListForm<Editing, Id> {
    ListForm {
        editing: use_state(|| None),
        removing: use_state(|| None),
        refusal: use_state(|| None),
        status: use_state(String::new),
        describe,
    }
}

impl<Editing: PartialEq + Clone + 'static, Id: Clone + 'static> ListForm<Editing, Id> {
    /// What the form is editing, if it is open.
    pub fn editing(&self) -> Option<&Editing> {
        self.editing.as_ref()
    }

    /// Whether the form is open on `editing`.
    pub fn is_editing(&self, editing: &Editing) -> bool {
        self.editing() == Some(editing)
    }

    /// Opens the form on `editing` (a new entry or an existing one), clearing the last refusal.
    pub fn open(&self, editing: Editing) {
        self.refusal.set(None);
        self.editing.set(Some(editing));
    }

    /// A button's way to open the form on `editing`.
    pub fn opener(&self, editing: Editing) -> Callback<MouseEvent> {
        let form = self.clone();
        Callback::from(move |_: MouseEvent| form.open(editing.clone()))
    }

    /// Closes the form without a change.
    pub fn closer(&self) -> Callback<()> {
        let editing = self.editing.clone();
        Callback::from(move |()| editing.set(None))
    }

    /// Sends the form's edit: on success says `done` and closes the form, else shows why not.
    pub fn save(
        &self,
        editor: &CaseEditor,
        case: &Case,
        t: &Translator,
        edit: CaseEdit,
        done: String,
    ) {
        match editor.send(case, edit) {
            Ok(()) => {
                self.status.set(done);
                self.editing.set(None);
            }
            Err(refusal) => self.refuse(t, case, &refusal),
        }
    }

    /// Says what was done, politely announced.
    pub fn say(&self, done: String) {
        self.status.set(done);
    }

    /// Shows why an edit was refused.
    pub fn refuse(&self, t: &Translator, case: &Case, refusal: &EditRefusal) {
        self.refusal.set(Some((self.describe)(t, case, refusal)));
    }

    /// Asks to remove `id` with `edit`: the confirm dialog opens when the model allows it, and
    /// the refusal shows at once when it does not.
    pub fn ask_removal(&self, t: &Translator, case: &Case, id: Id, edit: &CaseEdit) {
        match check(case, edit) {
            Ok(()) => {
                self.refusal.set(None);
                self.removing.set(Some(id));
            }
            Err(refusal) => self.refuse(t, case, &refusal),
        }
    }

    /// The entry whose removal waits for confirmation.
    pub fn removal_pending(&self) -> Option<&Id> {
        self.removing.as_ref()
    }

    /// The dialog that confirms the pending removal, made by `edit_for`, saying `done` once made.
    pub fn removal_dialog(
        &self,
        editor: &CaseEditor,
        case: &Case,
        t: &Translator,
        text: RemovalText,
        edit_for: fn(Id) -> CaseEdit,
    ) -> Html {
        let Some(id) = self.removal_pending().cloned() else {
            return Html::default();
        };
        let on_confirm = {
            let (form, editor, case, t, done) = (
                self.clone(),
                editor.clone(),
                case.clone(),
                t.clone(),
                text.done.clone(),
            );
            Callback::from(move |()| {
                match editor.send(&case, edit_for(id.clone())) {
                    Ok(()) => form.status.set(done.clone()),
                    Err(refusal) => form.refuse(&t, &case, &refusal),
                }
                form.removing.set(None);
            })
        };
        let on_cancel = {
            let removing = self.removing.clone();
            Callback::from(move |()| removing.set(None))
        };
        html! {
            <ConfirmDialog title={text.title} message={text.message} confirm_label={text.confirm}
                {on_confirm} {on_cancel} />
        }
    }

    /// The last refusal, as an alert.
    pub fn refusal_view(&self) -> Html {
        match &*self.refusal {
            Some(refusal) => html! { <p class="error" role="alert">{ refusal.clone() }</p> },
            None => Html::default(),
        }
    }

    /// What follows a section's controls: its status line, then `dialog` (the removal dialog).
    pub fn footer(&self, dialog: Html) -> Html {
        html! { <>{ self.status_view() }{ dialog }</> }
    }

    /// The last status message, announced politely.
    pub fn status_view(&self) -> Html {
        html! { <p role="status" class="success">{ (*self.status).clone() }</p> }
    }
}

/// The words of a removal: the dialog's title, message and button, and what is said once done.
pub struct RemovalText {
    pub title: String,
    pub message: String,
    pub confirm: String,
    pub done: String,
}
