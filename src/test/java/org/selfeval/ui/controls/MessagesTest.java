package org.selfeval.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class MessagesTest {
    @Test
    void chineseIsTheDefaultAndEnglishHasEveryKey() {
        ResourceBundle zh = Messages.load(Locale.SIMPLIFIED_CHINESE);
        ResourceBundle en = Messages.load(Locale.ENGLISH);
        assertThat(Messages.load(Locale.GERMAN).getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.getString("menu.file")).isEqualTo("文件");
        assertThat(en.getString("menu.file")).isEqualTo("File");
        assertThat(en.keySet()).containsExactlyInAnyOrderElementsOf(zh.keySet());
    }

    @Test
    void everyMessageIsAValidPattern() {
        ResourceBundle zh = Messages.load(Locale.SIMPLIFIED_CHINESE);
        for (String key : zh.keySet()) {
            assertThat(new java.text.MessageFormat(zh.getString(key)).format(new Object[] {"a", "b", "c"}))
                    .as(key).isNotBlank();
        }
    }
}
