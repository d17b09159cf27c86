package ui

import (
	"errors"
	"os/exec"
	"runtime"
	"strings"
	"sync"
)

// Speaker reads text aloud with the computer's own voice. Lede ships no
// voice: it uses the one the operating system has (Windows' SAPI through
// PowerShell, macOS `say`, Linux speech-dispatcher or eSpeak NG), so a
// school's chosen voice and language apply.
type Speaker interface {
	// Say starts reading text aloud, stopping anything read before.
	Say(text string) error
	// Stop stops reading.
	Stop()
}

// ErrNoVoice is returned when the computer has no voice Lede can use.
var ErrNoVoice = errors.New("this computer has no speech voice Lede can use")

// noVoiceHelp says what to install, per system.
func noVoiceHelp() string {
	switch runtime.GOOS {
	case "linux":
		return "Reading aloud needs a speech voice. Ask your school's IT team to install speech-dispatcher or espeak-ng."
	case "darwin":
		return "Reading aloud needs macOS's spoken content voices (System Settings › Accessibility › Spoken Content)."
	}
	return "Reading aloud needs a Windows voice (Settings › Time & language › Speech)."
}

// voiceCommand is one way to speak on one system: the program and its
// arguments; the text goes on standard input.
type voiceCommand struct {
	program string
	args    []string
}

// voices are tried in order; the first whose program exists is used.
var voices = map[string][]voiceCommand{
	"linux": {
		{"spd-say", []string{"--wait", "-e"}}, // speech-dispatcher, reading stdin
		{"espeak-ng", []string{"--stdin"}},
		{"espeak", []string{"--stdin"}},
	},
	"darwin": {{"say", []string{"-f", "-"}}},
	"windows": {{"powershell", []string{"-NoProfile", "-Command",
		"Add-Type -AssemblyName System.Speech; (New-Object System.Speech.Synthesis.SpeechSynthesizer).Speak([Console]::In.ReadToEnd())"}}},
}

// SystemSpeaker speaks through the first voice command this computer has.
type SystemSpeaker struct {
	mu      sync.Mutex
	running *exec.Cmd
	command *voiceCommand
	looked  bool
}

// find picks the voice command once.
func (s *SystemSpeaker) find() *voiceCommand {
	if !s.looked {
		s.looked = true
		for _, v := range voices[runtime.GOOS] {
			if _, err := exec.LookPath(v.program); err == nil {
				s.command = &v
				break
			}
		}
	}
	return s.command
}

// Available reports whether the computer has a voice.
func (s *SystemSpeaker) Available() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.find() != nil
}

// Say implements Speaker.
func (s *SystemSpeaker) Say(text string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.stopLocked()
	v := s.find()
	if v == nil {
		return ErrNoVoice
	}
	cmd := exec.Command(v.program, v.args...)
	cmd.Stdin = strings.NewReader(text)
	if err := cmd.Start(); err != nil {
		return err
	}
	s.running = cmd
	go func() { _ = cmd.Wait() }() // reap it; Stop kills it early
	return nil
}

// Stop implements Speaker.
func (s *SystemSpeaker) Stop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.stopLocked()
}

func (s *SystemSpeaker) stopLocked() {
	if s.running != nil && s.running.Process != nil {
		_ = s.running.Process.Kill()
	}
	s.running = nil
}

// noVoiceItem is View › Read aloud's last item where the computer has
// no voice: it says why the others are greyed out.
const noVoiceItem = "Why is reading aloud off?"

// voiceAvailable reports whether the window's speaker has a voice — the
// computer's, unless a test gave it another speaker.
func (m *Main) voiceAvailable() bool {
	if m.Speaker == nil {
		m.Speaker = &SystemSpeaker{}
	}
	a, ok := m.Speaker.(interface{ Available() bool })
	return !ok || a.Available()
}

// speak reads text with the window's speaker, or says plainly why not.
func (m *Main) speak(what, text string) {
	if strings.TrimSpace(text) == "" {
		m.info("Read aloud", "There is no "+what+" to read yet.")
		return
	}
	if m.Speaker == nil {
		m.Speaker = &SystemSpeaker{}
	}
	if err := m.Speaker.Say(text); err != nil {
		if errors.Is(err, ErrNoVoice) {
			m.info("Read aloud", noVoiceHelp())
			return
		}
		m.ShowError(err)
	}
}

func (m *Main) readQuestion() {
	if m.Quiz == nil || len(m.Lesson.Questions) == 0 {
		m.speak("question", "")
		return
	}
	text := m.Quiz.Prompt.Text
	if m.Quiz.Choices.Visible() {
		text += " The choices are: " + strings.Join(m.Quiz.Choices.Options, ". ") + "."
	}
	m.speak("question", text)
}

func (m *Main) readParagraph() {
	if m.Article == nil {
		m.speak("paragraph", "")
		return
	}
	m.speak("highlighted paragraph", m.Article.HighlightedParagraph())
}

func (m *Main) readVerdict() {
	if m.Quiz == nil || m.Quiz.Verdict.Text == "" {
		// "There is no verdict to read yet" was not a student's word,
		// and before any check Lede read out a lone full stop.
		m.speak("checked answer", "")
		return
	}
	m.speak("checked answer", strings.TrimSpace(m.Quiz.Verdict.Text+". "+m.Quiz.Explanation.Text))
}

func (m *Main) stopReading() {
	if m.Speaker != nil {
		m.Speaker.Stop()
	}
}
