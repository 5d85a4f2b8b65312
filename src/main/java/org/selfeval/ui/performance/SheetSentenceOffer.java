package org.selfeval.ui.performance;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.selfeval.model.Report;
import org.selfeval.narrative.SheetSentences;
import org.selfeval.ui.forms.Binder;
import org.selfeval.ui.forms.FormTexts;

/**
 * Under a 三、(二)1 paragraph: the sentence that restates the department sheet's rates for that part
 * ("2023年度部门预算执行率为97.76%。"), live, with a button that adds it to the paragraph (one undoable
 * edit). Hidden while the paragraph already names those rates (the audit then checks them, R29e).
 */
final class SheetSentenceOffer extends HBox {
    private final Label sentence = new Label();
    private final Button insert;

    SheetSentenceOffer(Binder binder, FormTexts texts, String part, String key, Function<Report, String> get,
                       BiFunction<Report, String, Report> set) {
        super(8);
        insert = new Button(texts.get("overall.sheetSentence.insert"));
        setId("sheet-sentence-" + key.substring(key.lastIndexOf('.') + 1));
        sentence.setWrapText(true);
        sentence.getStyleClass().add("hint");
        insert.setOnAction(e -> SheetSentences.forPart(binder.current(), part).ifPresent(s -> binder.apply(key, r -> {
            String now = get.apply(r);
            return set.apply(r, now == null || now.isBlank() ? s : now.strip() + s);
        })));
        getChildren().addAll(sentence, insert);
        binder.onReport(r -> {
            Optional<String> s = SheetSentences.forPart(r, part);
            boolean offered = s.isPresent() && !SheetSentences.stated(r, part, get.apply(r));
            s.ifPresent(t -> sentence.setText(texts.format("overall.sheetSentence", t)));
            setVisible(offered);
            setManaged(offered);
        });
    }
}
