### Texts given to the survivor, in Vietnamese: rights, consent explanations, the handout. Plain words.

# For the team, never shown to the survivor: how far this translation has been checked
# (source, machine-assisted or reviewed). Machine-assisted, not yet reviewed by a native speaker.
review-status = machine-assisted

handout-title = Buổi phỏng vấn của bạn: quyền của bạn và sự hỗ trợ dành cho bạn
handout-reference = Mã tham chiếu: { $code }
handout-date = Lập ngày { $date }

rights-heading = Quyền của bạn trong buổi phỏng vấn
right-stop = Bạn có thể dừng buổi phỏng vấn bất cứ lúc nào.
right-break = Bạn có thể xin nghỉ giải lao bất cứ khi nào bạn cần.
right-not-answer = Bạn không phải trả lời mọi câu hỏi. Bạn có thể nói: “Tôi không muốn trả lời”.
right-interpreter = Bạn có thể có phiên dịch viên nói ngôn ngữ của bạn, miễn phí.
right-support-person = Bạn có thể có một người hỗ trợ ở bên cạnh.
right-tell-once = Bạn không nên phải kể lại câu chuyện của mình nhiều lần. Bạn có thể hỏi xem đã có ai có câu chuyện đó chưa.

consents-heading = Những điều bạn đã đồng ý
consents-none = Bạn chưa đồng ý điều gì. Việc gì cần sự đồng ý của bạn sẽ không xảy ra khi chưa có sự đồng ý đó.
consent-given = Bạn đã đồng ý vào ngày { $date }.
consent-declined = Bạn đã từ chối vào ngày { $date }.
consent-withdrawn = Bạn đã rút lại sự đồng ý vào ngày { $date }.
consent-withdraw-how = Bạn có thể đổi ý bất cứ lúc nào, không cần nêu lý do. Hãy nói với bất kỳ ai trong nhóm, hoặc với người hỗ trợ, và chúng tôi sẽ dừng lại.

purpose-take-part = Tham gia buổi phỏng vấn
purpose-take-part-explain = Bạn quyết định có nói chuyện với chúng tôi hay không. Nếu bạn từ chối, bạn vẫn được hỗ trợ.
purpose-recording = Ghi âm hoặc ghi hình buổi phỏng vấn
purpose-recording-explain = Nhờ có bản ghi, có thể bạn sẽ không phải kể lại câu chuyện của mình. Bạn có thể yêu cầu chúng tôi dừng ghi.
purpose-use-as-evidence = Dùng lời bạn nói làm bằng chứng
purpose-use-as-evidence-explain = Lời bạn nói có thể được dùng tại tòa án để những người đã làm hại bạn phải chịu trách nhiệm.
purpose-share-record = Chia sẻ biên bản lời bạn nói với { $agency }
purpose-share-record-explain = Khi đó, { $agency } có thể đọc những gì bạn đã kể, thay vì hỏi lại bạn.
purpose-referral = Chuyển thông tin liên lạc của bạn cho { $service }
purpose-referral-explain = Khi đó, { $service } có thể liên lạc với bạn để giúp đỡ.
purpose-medical-examination = Khám sức khỏe
purpose-medical-examination-explain = Bác sĩ kiểm tra sức khỏe của bạn và có thể ghi lại các vết thương. Bạn có thể yêu cầu bác sĩ nữ hoặc bác sĩ nam.
purpose-photographs = Chụp ảnh
purpose-photographs-explain = Ảnh chụp vết thương hoặc giấy tờ có thể giúp ích cho vụ việc của bạn. Bạn quyết định chụp những gì.
purpose-contact-afterwards = Được liên lạc sau này
purpose-contact-afterwards-explain = Chúng tôi có thể liên lạc với bạn sau này về vụ việc của bạn, theo cách bạn chọn.

support-heading = Nơi hỗ trợ bạn có thể liên hệ
support-none = Chưa có dịch vụ hỗ trợ nào được sắp xếp.
support-phone = Điện thoại: { $number }
support-hours = Giờ mở cửa: { $hours }
support-languages = Ngôn ngữ: { $languages }
support-email = Email: { $email }
handout-keep = Tờ giấy này là của bạn. Hãy giữ nó ở nơi an toàn, hoặc gửi cho người mà bạn tin tưởng.
