### Texts given to the survivor, in Polish: rights, consent explanations, the handout. Plain words.
### Addressed with "Ty" (plain-language leaflets do), and with phrasings that need no gender.

# For the team, never shown to the survivor: how far this translation has been checked
# (source, machine-assisted or reviewed). Machine-assisted, not yet reviewed by a native speaker.
review-status = machine-assisted

handout-title = Twoja rozmowa: Twoje prawa i Twoje wsparcie
handout-reference = Numer referencyjny: { $code }
handout-date = Przygotowano dnia { $date }

rights-heading = Twoje prawa podczas rozmowy
right-stop = Możesz przerwać rozmowę w każdej chwili.
right-break = Możesz poprosić o przerwę, kiedy tylko potrzebujesz.
right-not-answer = Nie musisz odpowiadać na każde pytanie. Możesz powiedzieć: „Nie chcę odpowiadać”.
right-interpreter = Możesz mieć bezpłatnego tłumacza, który mówi w Twoim języku.
right-support-person = Może być z Tobą osoba wspierająca.
right-tell-once = Nie powinno być tak, że musisz opowiadać swoją historię wiele razy. Możesz zapytać, czy ktoś już ją ma.

consents-heading = Twoje zgody
consents-none = Nie ma jeszcze żadnej Twojej zgody. Nic, co wymaga Twojej zgody, nie wydarzy się bez niej.
consent-given = Zgoda wyrażona dnia { $date }.
consent-declined = Odmowa wyrażona dnia { $date }.
consent-withdrawn = Zgoda wycofana dnia { $date }.
consent-withdraw-how = Możesz zmienić zdanie w każdej chwili, bez podawania powodu. Powiedz o tym dowolnej osobie z zespołu albo osobie wspierającej, a przestaniemy.

purpose-take-part = Udział w rozmowie
purpose-take-part-explain = Ty decydujesz, czy z nami rozmawiasz. Jeśli odmówisz, nadal możesz dostać wsparcie.
purpose-recording = Nagranie audio lub wideo rozmowy
purpose-recording-explain = Dzięki nagraniu być może nie trzeba będzie opowiadać Twojej historii ponownie. Możesz poprosić nas o zatrzymanie nagrywania.
purpose-use-as-evidence = Użycie Twoich słów jako dowodu
purpose-use-as-evidence-explain = Twoje słowa mogą być użyte w sądzie, aby osoby, które Cię skrzywdziły, poniosły odpowiedzialność.
purpose-share-record = Przekazanie zapisu Twojej relacji instytucji { $agency }
purpose-share-record-explain = Wtedy { $agency } może przeczytać Twoją wcześniejszą relację i nie musi pytać Cię ponownie.
purpose-referral = Przekazanie Twoich danych kontaktowych organizacji { $service }
purpose-referral-explain = Wtedy { $service } może się z Tobą skontaktować i zaproponować pomoc.
purpose-medical-examination = Badanie lekarskie
purpose-medical-examination-explain = Lekarz sprawdza Twoje zdrowie i może opisać obrażenia. Możesz poprosić o lekarkę albo lekarza.
purpose-photographs = Zdjęcia
purpose-photographs-explain = Zdjęcia obrażeń lub dokumentów mogą pomóc w Twojej sprawie. Ty decydujesz, co jest fotografowane.
purpose-contact-afterwards = Kontakt w przyszłości
purpose-contact-afterwards-explain = Możemy skontaktować się z Tobą później w Twojej sprawie, w sposób, który wybierzesz.

support-heading = Wsparcie, z którym możesz się skontaktować
support-none = Nie ustalono jeszcze żadnej usługi wsparcia.
support-phone = Telefon: { $number }
support-hours = Godziny otwarcia: { $hours }
support-languages = Języki: { $languages }
support-email = E-mail: { $email }
handout-keep = Ta kartka jest Twoja. Przechowuj ją w bezpiecznym miejscu albo zostaw u kogoś, komu ufasz.
