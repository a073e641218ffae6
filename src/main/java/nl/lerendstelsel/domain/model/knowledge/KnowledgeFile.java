package nl.lerendstelsel.domain.model.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a kennisbank item's file, in their own table so that listing items never reads them. */
@Entity
@Table(name = "knowledge_file")
public class KnowledgeFile {

    @Id
    @Column(name = "item_id")
    private Long itemId;

    @Column(nullable = false)
    private byte[] content;

    protected KnowledgeFile() {
    }

    public KnowledgeFile(Long itemId, byte[] content) {
        this.itemId = itemId;
        this.content = content.clone();
    }

    /** Replaces the bytes (a new file for the same item). */
    public void replace(byte[] newContent) {
        this.content = newContent.clone();
    }

    public byte[] getContent() {
        return content.clone();
    }
}
