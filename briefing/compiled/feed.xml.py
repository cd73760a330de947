from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'feed.xml'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_site = resolve('site')
    l_0_feed = resolve('feed')
    l_0_entries = resolve('entries')
    try:
        t_1 = environment.filters['plain']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'plain' found.")
    try:
        t_2 = environment.filters['quantity']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'quantity' found.")
    try:
        t_3 = environment.filters['when_text']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'when_text' found.")
    pass
    yield '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="'
    yield escape(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'language'))
    yield '">\n  <title>'
    yield escape(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title'))
    yield '</title>\n'
    if environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'description'):
        pass
        yield '  <subtitle>'
        yield escape(t_1(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'description')))
        yield '</subtitle>\n'
    yield '  <id>'
    yield escape(environment.getattr((undefined(name='feed') if l_0_feed is missing else l_0_feed), 'id'))
    yield '</id>\n  <updated>'
    yield escape(environment.getattr((undefined(name='feed') if l_0_feed is missing else l_0_feed), 'updated'))
    yield '</updated>\n  <link rel="alternate" type="text/html" href="'
    yield escape(environment.getattr((undefined(name='feed') if l_0_feed is missing else l_0_feed), 'home'))
    yield '"/>\n'
    if environment.getattr((undefined(name='feed') if l_0_feed is missing else l_0_feed), 'self'):
        pass
        yield '  <link rel="self" type="application/atom+xml" href="'
        yield escape(environment.getattr((undefined(name='feed') if l_0_feed is missing else l_0_feed), 'self'))
        yield '"/>\n'
    yield '  <author><name>'
    yield escape(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title'))
    yield '</name></author>\n  <generator>Briefing</generator>\n'
    for l_1_entry in (undefined(name='entries') if l_0_entries is missing else l_0_entries):
        l_1_status_label = resolve('status_label')
        l_1_fact = missing
        _loop_vars = {}
        pass
        l_1_fact = environment.getattr(l_1_entry, 'fact')
        _loop_vars['fact'] = l_1_fact
        yield '  <entry>\n    <title>'
        yield escape(environment.getattr((undefined(name='fact') if l_1_fact is missing else l_1_fact), 'claim'))
        yield '</title>\n    <id>'
        yield escape(environment.getattr(l_1_entry, 'id'))
        yield '</id>\n    <link rel="alternate" type="text/html" href="'
        yield escape(environment.getattr(l_1_entry, 'href'))
        yield '"/>\n    <updated>'
        yield escape(environment.getattr(l_1_entry, 'updated'))
        yield '</updated>\n'
        if environment.getattr(l_1_entry, 'published'):
            pass
            yield '    <published>'
            yield escape(environment.getattr(l_1_entry, 'published'))
            yield '</published>\n'
        yield '    <category term="'
        yield escape(environment.getattr(environment.getattr(l_1_entry, 'topic'), 'id'))
        yield '" label="'
        yield escape(environment.getattr(environment.getattr(l_1_entry, 'topic'), 'title'))
        yield '"/>\n'
        if environment.getattr(l_1_entry, 'edition'):
            pass
            yield '    <category term="'
            yield escape(environment.getitem(environment.getattr(l_1_entry, 'edition'), 0))
            yield '" label="'
            yield escape(environment.getitem(environment.getattr(l_1_entry, 'edition'), 1))
            yield '"/>\n'
        yield '    <summary type="text">'
        yield escape(environment.getitem((undefined(name='status_label') if l_1_status_label is missing else l_1_status_label), environment.getattr(environment.getattr(l_1_entry, 'standing'), 'status')))
        if environment.getattr((undefined(name='fact') if l_1_fact is missing else l_1_fact), 'date'):
            pass
            yield ', '
            yield escape(t_3(environment.getattr((undefined(name='fact') if l_1_fact is missing else l_1_fact), 'date')))
        if environment.getattr((undefined(name='fact') if l_1_fact is missing else l_1_fact), 'quantity'):
            pass
            yield ': '
            yield escape(t_2(environment.getattr((undefined(name='fact') if l_1_fact is missing else l_1_fact), 'quantity')))
        yield '.\n'
        for l_2_position in environment.getattr((undefined(name='fact') if l_1_fact is missing else l_1_fact), 'positions'):
            l_2_briefing = resolve('briefing')
            l_2_stance_label = resolve('stance_label')
            _loop_vars = {}
            pass
            yield escape((environment.getattr(environment.getitem(environment.getattr((undefined(name='briefing') if l_2_briefing is missing else l_2_briefing), 'entities'), environment.getattr(environment.getattr(l_2_position, 'actor'), 'id')), 'label') if (environment.getattr(environment.getattr(l_2_position, 'actor'), 'id') in environment.getattr((undefined(name='briefing') if l_2_briefing is missing else l_2_briefing), 'entities')) else environment.getattr(environment.getattr(l_2_position, 'actor'), 'id')))
            yield ' '
            yield escape(environment.getitem((undefined(name='stance_label') if l_2_stance_label is missing else l_2_stance_label), environment.getattr(l_2_position, 'stance')))
            if environment.getattr(l_2_position, 'date'):
                pass
                yield ' ('
                yield escape(t_3(environment.getattr(l_2_position, 'date')))
                yield ')'
            yield ':'
            for l_3_citation in environment.getattr(l_2_position, 'citations'):
                l_3__ = resolve('_')
                l_3_source = missing
                _loop_vars = {}
                pass
                l_3_source = environment.getitem(environment.getattr((undefined(name='briefing') if l_2_briefing is missing else l_2_briefing), 'sources'), environment.getattr(environment.getattr(l_3_citation, 'source'), 'id'))
                _loop_vars['source'] = l_3_source
                yield ' “'
                yield escape(environment.getattr(l_3_citation, 'quote'))
                yield '”'
                if environment.getattr(l_3_citation, 'translation'):
                    pass
                    yield ' ('
                    yield escape(context.call((undefined(name='_') if l_3__ is missing else l_3__), 'translation', _loop_vars=_loop_vars))
                    yield ': “'
                    yield escape(environment.getattr(l_3_citation, 'translation'))
                    yield '”)'
                yield ' ('
                yield escape((environment.getattr((undefined(name='source') if l_3_source is missing else l_3_source), 'publisher') or environment.getattr((undefined(name='source') if l_3_source is missing else l_3_source), 'title')))
                if environment.getattr((undefined(name='source') if l_3_source is missing else l_3_source), 'published'):
                    pass
                    yield ', '
                    yield escape(t_3(environment.getattr((undefined(name='source') if l_3_source is missing else l_3_source), 'published')))
                yield ')'
            l_3_citation = l_3_source = l_3__ = missing
            yield '\n'
        l_2_position = l_2_briefing = l_2_stance_label = missing
        yield '</summary>\n  </entry>\n'
    l_1_entry = l_1_fact = l_1_status_label = missing
    yield '</feed>\n'

blocks = {}
debug_info = '2=33&3=35&4=37&5=40&7=43&8=45&9=47&10=49&11=52&13=55&15=57&16=62&18=65&19=67&20=69&21=71&22=73&23=76&25=79&26=83&27=86&29=91&30=101&31=106'
# briefing precompiled template 37869fcf39226fb101bb1da17d503460a4e47b56734a35a76b0020489983a8d1
